// Who may import whom (docs/architecture.md draws it). `npm run lint` runs this on every file
// under main/, preload/, renderer/, scripts/ and test/; type-only imports count, and a deep
// package path (`plist/dist/…`) counts as the package because rules look at the resolved file.
//
//   main/common    runs anywhere (main, CLI, renderer): no Node built-in, no Electron, no npm
//                  package but zod, never a layer above it
//   main/node      plain Node (CLI, tests, the main process core): never Electron
//   main/electron  the Electron edge: the only main-process folder that may import electron
//   preload        the sandboxed preload: electron and the IPC contract only
//   renderer       the browser: main/common, the contract and its UI packages only
//
// The IPC contract lives in main/common/ipc/ and obeys main/common's rules.

const COMMON = '^main/common/'
const CONTRACT = '^main/common/ipc/.+$'
/** Built zod schemas: main and the CLI validate with them; the renderer must not bundle zod. */
const SCHEMAS = '(\\.schema\\.ts|/repair/schemas\\.ts)$'
/** npm packages main/common may use. fflate (zip work) and plist (parsing) belong in main/node. */
const COMMON_PACKAGES = ['zod']
/** npm packages the renderer may use (its UI). */
const RENDERER_PACKAGES = ['react', 'react-dom', 'zustand']
/** A package by name, resolved (`node_modules/zod/…`) or not (a deep path its exports hide). */
const packages = (names) => `^(node_modules/)?(${names.join('|')})(/|$)`
/** Every kind of package import, including a deep path that resolves to nothing. */
const NPM = [
  'npm',
  'npm-dev',
  'npm-optional',
  'npm-peer',
  'npm-bundled',
  'npm-no-pkg',
  'npm-unknown',
  'unknown',
]
const ELECTRON = '^node_modules/electron/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import circles make load order matter and hide which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing cannot be checked against the layers.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'common-no-node-builtins',
      comment: 'main/common runs in the renderer too: no Node built-ins.',
      severity: 'error',
      from: { path: COMMON },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'common-only-allowed-packages',
      comment: `main/common uses no npm package but ${COMMON_PACKAGES.join(', ')}.`,
      severity: 'error',
      from: { path: COMMON },
      to: { dependencyTypes: NPM, pathNot: packages(COMMON_PACKAGES) },
    },
    {
      name: 'common-no-upper-layers',
      comment: 'main/common is the bottom layer: never main/node, main/electron, preload or renderer.',
      severity: 'error',
      from: { path: COMMON },
      to: { path: '^(main/node|main/electron|preload|renderer)/' },
    },
    {
      name: 'electron-only-at-the-edges',
      comment: 'Only main/electron and preload may import electron.',
      severity: 'error',
      from: { pathNot: '^(main/electron|preload)/' },
      to: { path: ELECTRON },
    },
    {
      name: 'node-not-to-electron-edge',
      comment: 'The Node core (main/node) never depends on the Electron edge.',
      severity: 'error',
      from: { path: '^main/node/' },
      to: { path: '^main/electron/' },
    },
    {
      name: 'main-not-to-renderer',
      comment: 'The main process and the CLI never import the renderer nor the preload.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^(renderer|preload)/' },
    },
    {
      name: 'preload-only-electron-and-contract',
      comment: 'The sandboxed preload imports electron and the IPC contract, nothing else.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { pathNot: `${CONTRACT}|${ELECTRON}` },
    },
    {
      name: 'renderer-no-schemas',
      comment: 'The renderer never imports built zod schemas (zod stays out of its bundle).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: SCHEMAS },
    },
    {
      name: 'renderer-only-common',
      comment: `The renderer imports its own files, main/common (the contract too) and ${RENDERER_PACKAGES.join(', ')}.`,
      severity: 'error',
      from: { path: '^renderer/' },
      to: { pathNot: `^(renderer|main/common)/|${packages(RENDERER_PACKAGES)}` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|test-results|playwright-report|test/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
}
