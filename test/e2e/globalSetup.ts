// Builds the renderer once (when stale) so every spec tests the built output with its real CSP.
import { execFileSync } from 'node:child_process'

export default function globalSetup() {
  execFileSync('node', ['scripts/build.mjs', 'renderer', '--if-stale'], { stdio: 'inherit' })
}
