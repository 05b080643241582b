// `npm start`: opens the desktop app. Where the Electron binary cannot run (the Linux build
// machines, where it cannot be downloaded), it says so and opens the browser preview instead;
// before the preview exists, it prints the CLI status.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ensureNodeModules, root } from './ensure-setup.mjs'

ensureNodeModules()

/** The Electron binary's path when it is installed; never triggers a download. */
function electronBinary() {
  const pkg = path.join(root, 'node_modules/electron')
  const pathFile = path.join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1
const args = process.argv.slice(2)

// Electron 45 fetches its binary on first use, not at install: on a Mac, fetch it now (the Linux build
// machines cannot download it).
if (!electronBinary() && process.platform === 'darwin') run('node', ['node_modules/electron/install.js'])
const binary = electronBinary()
if (binary && existsSync(path.join(root, 'main/electron'))) {
  process.exitCode = run('node', ['scripts/build.mjs', 'all']) || run(binary, ['.', ...args])
} else {
  console.log(
    'PSSO Helper: the Electron binary is not installed on this machine (it cannot be downloaded here), ' +
      'so the desktop window cannot open.',
  )
  if (existsSync(path.join(root, 'scripts/preview.mjs'))) {
    console.log('Opening the browser preview instead.\n')
    process.exitCode = run('node', ['scripts/preview.mjs', ...args])
  } else {
    console.log('Showing the command-line status instead.\n')
    process.exitCode =
      run('node', ['scripts/build.mjs', 'cli']) || run('node', ['out/cli/psso-helper.cjs', 'status'])
  }
}
