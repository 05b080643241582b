// `npm run preview [-- --scenario NAME | --live] [--port N]`: builds the renderer and the preview
// server (when stale) and serves the app in a browser on 127.0.0.1, with a demo scenario or the
// live tools. `npm start` runs this where the Electron binary is missing.
import { spawnSync } from 'node:child_process'
import { ensureNodeModules, root } from './ensure-setup.mjs'

ensureNodeModules()
for (const target of ['renderer', 'preview']) {
  const built = spawnSync('node', ['scripts/build.mjs', target, '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const server = spawnSync('node', ['out/preview/preview.cjs', '--root', root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
process.exitCode = server.status ?? 1
