/** Builds the app (what changed since the last build) before any browser or Electron test runs. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

export default function globalSetup() {
  const root = path.resolve(import.meta.dirname, '../..')
  execFileSync('node', ['scripts/build.mjs', 'all', '--if-stale'], { cwd: root, stdio: 'inherit' })
}
