/** Builds the renderer once (when its sources changed) before any browser test runs. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

export default function globalSetup() {
  const root = path.resolve(import.meta.dirname, '../..')
  execFileSync('node', ['scripts/build.mjs', 'renderer', '--if-stale'], { cwd: root, stdio: 'inherit' })
}
