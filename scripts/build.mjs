// Builds the parts of the app with esbuild (and Vite for the renderer, once it exists).
// Usage: node scripts/build.mjs <cli|all> [--if-stale]
import { build } from 'esbuild'
import { readdirSync, statSync, existsSync } from 'node:fs'
import path from 'node:path'

const [target = 'all', ...flags] = process.argv.slice(2)
const root = path.resolve(import.meta.dirname, '..')

/** Newest modification time under the given folders (to skip a rebuild when nothing changed). */
function newestSource(dirs) {
  let newest = 0
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else newest = Math.max(newest, statSync(full).mtimeMs)
    }
  }
  for (const dir of dirs) if (existsSync(dir)) walk(dir)
  return newest
}

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
}

export const targets = {
  cli: {
    outfile: path.join(root, 'out/cli/psso-helper.cjs'),
    sources: ['main/common', 'main/node'],
    options: { ...node, entryPoints: [path.join(root, 'main/node/cli/index.ts')] },
  },
}

const selected = target === 'all' ? Object.keys(targets) : [target]
for (const name of selected) {
  const spec = targets[name]
  if (!spec) throw new Error(`unknown build target: ${name}`)
  const stale =
    !existsSync(spec.outfile) ||
    newestSource(spec.sources.map((s) => path.join(root, s))) > statSync(spec.outfile).mtimeMs
  if (flags.includes('--if-stale') && !stale) continue
  await build({ ...spec.options, outfile: spec.outfile })
}
