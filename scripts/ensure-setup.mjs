// Set-up shared by `npm start` and `npm test`, so each works on a fresh clone: runs under the Node the
// tools need (scripts/toolchain.mjs), installs the npm packages exactly as locked (`npm ci`) when they are
// missing or older than the lock file, and (as root, on Debian) the system packages the tests need. Only
// Node built-ins here: this runs before node_modules exists.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { installIsStale, rerunUnderRequiredNode, root } from './toolchain.mjs'

export { root }

/** Debian packages for the browser tests, Japanese glyphs and script linting, by the file each provides. */
const SYSTEM_PACKAGES = {
  chromium: '/usr/bin/chromium',
  'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  shellcheck: '/usr/bin/shellcheck',
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: 'inherit', cwd: root, ...options })
}

export function ensureNodeModules() {
  rerunUnderRequiredNode()
  if (!installIsStale(root)) return
  // The lock holds every platform's optional packages (test/unit/deploy/lockFile.test.ts), so `npm ci`
  // installs the same tree here and on a Mac, and never rewrites the lock.
  console.log('Installing npm packages with npm ci (the Electron binary is not downloaded here)…')
  run('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  })
}

export function ensureSystemPackages() {
  const missing = Object.entries(SYSTEM_PACKAGES)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name)
  if (missing.length === 0) return []
  const isRoot = process.getuid?.() === 0
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.warn(`Missing system packages: ${missing.join(', ')} (install them with apt-get as root).`)
    return missing
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  run('apt-get', ['update', '-qq'], { env })
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env })
  return []
}
