// Builds the parts of the app with esbuild (and Vite for the renderer, once it exists).
// Usage: node scripts/build.mjs <cli|main|preload|preview|renderer|all> [--if-stale]
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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

/**
 * plist's index re-exports its builder (and xmlbuilder) beside its parsers, so every bundle that only
 * parses would load the builder too. Each import of `plist` is served from the files it names.
 */
const plistByPart = {
  name: 'plist-by-part',
  setup(build) {
    const dist = path.join(root, 'node_modules/plist/dist')
    const parts = { parse: 'parse.js', parseBinary: 'parse-binary.js', build: 'build.js' }
    build.onResolve({ filter: /^plist$/ }, (args) => ({
      path: args.importer,
      namespace: 'plist-parts',
      pluginData: { importer: args.importer },
    }))
    build.onLoad({ filter: /.*/, namespace: 'plist-parts' }, async (args) => {
      const source = readFileSync(args.path, 'utf8')
      const named = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'plist'/g)]
        .flatMap((match) => match[1].split(','))
        .map((name) =>
          name
            .trim()
            .split(/\s+as\s+/)[0]
            .replace(/^type\s+/, ''),
        )
        .filter((name) => name in parts)
      const lines = [...new Set(named)].map(
        (name) => `export { ${name} } from ${JSON.stringify(path.join(dist, parts[name]))}`,
      )
      return { contents: lines.join('\n'), resolveDir: dist, loader: 'js' }
    })
  },
}

const node = {
  plugins: [plistByPart],
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

/** The heavy-work worker (reports, bundles), beside each build that runs it: one CommonJS file. */
const WORKER_ENTRY = path.join(root, 'main/node/worker/workerEntry.ts')
const buildWorkerInto = (dir) =>
  build({ ...node, entryPoints: [WORKER_ENTRY], outfile: path.join(root, dir, 'heavy-work.cjs') })

export const targets = {
  // ES modules split per command (main/node/cli/main.ts imports each one when it runs), so a
  // script's `status --json` parses only what status needs. psso-helper.cjs is a small loader.
  cli: {
    outfile: path.join(root, 'out/cli/psso-helper.cjs'),
    sources: ['main/common', 'main/node'],
    build: async () => {
      const outdir = path.join(root, 'out/cli/lib')
      rmSync(outdir, { recursive: true, force: true })
      await build({
        ...node,
        format: 'esm',
        splitting: true,
        entryPoints: [path.join(root, 'main/node/cli/index.ts')],
        outdir,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunks/[name]-[hash]',
        // Bundled CommonJS packages (plist) still call require(): give each module a real one.
        banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
      })
      writeFileSync(
        path.join(root, 'out/cli/psso-helper.cjs'),
        "'use strict'\n// The command line (scripts/build.mjs builds lib/).\nimport('./lib/index.mjs')\n",
      )
      await buildWorkerInto('out/cli')
    },
  },
  // The Electron main process (package.json "main"); electron itself is provided at run time.
  main: {
    outfile: path.join(root, 'out/main/index.cjs'),
    sources: ['main'],
    options: { ...node, entryPoints: [path.join(root, 'main/electron/index.ts')], external: ['electron'] },
    after: () => buildWorkerInto('out/main'),
  },
  // Sandboxed preloads cannot load ESM or other files: one CommonJS file, only `electron` required.
  preload: {
    outfile: path.join(root, 'out/preload/index.cjs'),
    sources: ['preload', 'main/common/ipc'],
    options: { ...node, entryPoints: [path.join(root, 'preload/index.ts')], external: ['electron'] },
  },
  // The browser preview's server (scripts/preview.mjs runs it).
  preview: {
    outfile: path.join(root, 'out/preview/preview.cjs'),
    sources: ['main/common', 'main/node'],
    options: { ...node, entryPoints: [path.join(root, 'main/node/preview/cli.ts')] },
    after: () => buildWorkerInto('out/preview'),
  },
  renderer: {
    outfile: path.join(root, 'out/renderer/index.html'),
    sources: ['renderer', 'main/common', 'vite.config.ts'],
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
  await spec.after?.()
}
