// Builds the parts of the app with esbuild (and Vite for the renderer, once it exists).
// Usage: node scripts/build.mjs <cli|main|preload|preview|renderer|all> [--if-stale]
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
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    if (statSync(dir).isDirectory()) walk(dir)
    else newest = Math.max(newest, statSync(dir).mtimeMs)
  }
  return newest
}

const node = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller bundles parse faster: the CLI's cold start is mostly parsing.
  minify: true,
  keepNames: true,
}

export const targets = {
  cli: {
    outfile: path.join(root, 'out/cli/psso-helper.cjs'),
    sources: ['main/common', 'main/node'],
    options: { ...node, entryPoints: [path.join(root, 'main/node/cli/index.ts')] },
  },
  // The Electron main process (package.json "main"); electron itself is provided at run time.
  main: {
    outfile: path.join(root, 'out/main/index.cjs'),
    sources: ['main', 'preload/contract.ts'],
    options: { ...node, entryPoints: [path.join(root, 'main/electron/index.ts')], external: ['electron'] },
  },
  // Sandboxed preloads cannot load ESM or other files: one CommonJS file, only `electron` required.
  preload: {
    outfile: path.join(root, 'out/preload/index.cjs'),
    sources: ['preload'],
    options: { ...node, entryPoints: [path.join(root, 'preload/index.ts')], external: ['electron'] },
  },
  // The browser preview's server (scripts/preview.mjs runs it).
  preview: {
    outfile: path.join(root, 'out/preview/preview.cjs'),
    sources: ['main/common', 'main/node', 'preload/contract.ts'],
    options: { ...node, entryPoints: [path.join(root, 'main/node/preview/cli.ts')] },
  },
  renderer: {
    outfile: path.join(root, 'out/renderer/index.html'),
    sources: ['renderer', 'preload/contract.ts', 'main/common', 'vite.config.ts'],
    build: async () => {
      const { build: viteBuild } = await import('vite')
      await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
    },
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
  if (spec.build) await spec.build()
  else await build({ ...spec.options, outfile: spec.outfile })
}
