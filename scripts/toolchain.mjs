// The Node the build tools run under. Electron 45's tooling (electron, @electron/get, @electron/rebuild,
// node-abi, …) declares Node 22.12+ (package.json `engines`). On a machine whose Node is older, `npm start`
// and `npm test` install Node 22 from the npm registry (toolchain/: one platform package per OS and CPU,
// locked) and run themselves again under it, so nothing is installed or run under a Node it does not
// declare. Only Node built-ins here: this runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')
const toolchainDir = path.join(root, 'toolchain')
const toolchainBin = path.join(toolchainDir, 'node_modules/.bin')

/** The lowest Node the root package declares (`engines.node`, written `>=major.minor`). */
export function requiredNode() {
  const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines?.node ?? ''
  const match = /^>=\s*(\d+)\.(\d+)/.exec(range)
  if (!match) throw new Error(`package.json engines.node must read ">=major.minor", not "${range}"`)
  return { major: Number(match[1]), minor: Number(match[2]), text: `${match[1]}.${match[2]}` }
}

/** Whether a Node version string ("22.12.0", "v20.19.1") satisfies the required one. */
export function satisfiesRequired(version, required = requiredNode()) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > required.major || (major === required.major && minor >= required.minor)
}

/** True when `dir`/node_modules is missing or older than `dir`/package-lock.json (npm ci is due). */
export function installIsStale(dir) {
  const marker = path.join(dir, 'node_modules/.package-lock.json')
  const lock = path.join(dir, 'package-lock.json')
  return !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs
}

/**
 * Under a Node older than required: installs toolchain/ (npm ci), runs this same script again with its
 * Node 22 first on PATH (so `npm`, `npx` and every `#!/usr/bin/env node` tool below it use Node 22 too),
 * and exits with its status. Under a recent enough Node it returns and the caller goes on.
 */
export function rerunUnderRequiredNode() {
  const required = requiredNode()
  if (satisfiesRequired(process.versions.node, required)) return
  const node = path.join(toolchainBin, process.platform === 'win32' ? 'node.cmd' : 'node')
  if (installIsStale(toolchainDir) || !existsSync(node)) {
    console.log(
      `Node ${process.versions.node} is older than ${required.text}: installing Node 22 (toolchain/)…`,
    )
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolchainDir, stdio: 'inherit' })
  }
  if (!existsSync(node)) {
    console.error(
      `No Node 22 package exists for ${process.platform}-${process.arch} in toolchain/package.json. ` +
        `Install Node ${required.text} or later and run this again.`,
    )
    process.exit(1)
  }
  const result = spawnSync(node, [process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${toolchainBin}${path.delimiter}${process.env.PATH ?? ''}` },
  })
  process.exit(result.status ?? 1)
}
