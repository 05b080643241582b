/**
 * Builds the renderer (renderer/ → out/renderer/) for both the desktop app and the browser preview.
 * base './' because the app serves it from app://bundle/ and the preview from http://127.0.0.1:N/.
 * The strict Content-Security-Policy is written into the built index.html.
 */
import react from '@vitejs/plugin-react'
import { defineConfig, type Alias, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './main/common/security/policy'

/**
 * The renderer is written against React's API but ships Preact's compatible runtime (a few KB
 * instead of React's ~69 KB gzip). Exact matches, so `react` does not also catch `react-dom`.
 * vitest.config.ts uses the same table, so the renderer's unit tests run the runtime that ships.
 */
export const reactToPreact: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
]

const contentSecurityPolicy: Plugin = {
  name: 'psso-helper-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy],
  resolve: { alias: reactToPreact },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // The first verdict must paint fast: one script, no preload polyfill to inline.
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      // zod's sources carry comments Rollup cannot place; harmless, and zod is tree-shaken away.
      onwarn: (warning, warn) => warning.code === 'INVALID_ANNOTATION' || warn(warning),
    },
  },
})
