// Lint, including where each file may run (VS Code's common/node/electron-main split, enforced the
// way Signal enforces its file suffixes):
//   main/common/**    runs anywhere (main, CLI, renderer): no Node built-ins, no Electron, no tools
//   main/node/**      plain Node (CLI, tests, main process core): never Electron
//   main/electron/**  the Electron edge: the only main-process folder that may import 'electron'
//   preload/**        the sandboxed preload: 'electron' and the IPC contract only
//   renderer/**       the browser: no Electron, no Node, nothing from main/ but main/common
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const restrict = (paths, patterns = []) => ['error', { paths, patterns }]
const noElectron = { name: 'electron', message: 'Only main/electron/ and preload/ may import electron.' }
const noNode = nodeBuiltins.map((name) => ({
  name,
  message: 'This folder runs outside Node: no Node built-ins.',
}))
const noMainProcess = {
  group: ['**/main/node/**', '**/main/electron/**'],
  message: 'Import from main/common only.',
}

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts', 'scripts/**', 'test/**'],
    rules: { 'no-restricted-imports': restrict([noElectron]) },
  },
  {
    files: ['main/common/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          noElectron,
          ...noNode,
          { name: 'execa', message: 'Tools are run by main/node/system only.' },
          { name: 'plist', message: 'Parsing belongs in main/node/parsers.' },
        ],
        [noMainProcess],
      ),
    },
  },
  {
    files: ['main/node/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [noElectron],
        [{ group: ['**/main/electron/**'], message: 'The Node core never depends on the Electron edge.' }],
      ),
    },
  },
  { files: ['main/electron/**/*.ts', 'preload/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'no-restricted-imports': restrict([noElectron, ...noNode], [noMainProcess]),
    },
  },
)
