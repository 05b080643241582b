// The renderer as Vite builds it for the app (vite.config.ts, in memory): Preact's runtime behind
// React's API, no React runtime, no zod, and within the JavaScript budget.
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { RENDERER_JS_GZIP_BUDGET } from '../../../scripts/bench-renderer'

const root = path.resolve(import.meta.dirname, '../../..')
let chunks: Rollup.OutputChunk[] = []

beforeAll(async () => {
  // Vite builds for whatever NODE_ENV says, and Vitest says "test": build what ships instead.
  vi.stubEnv('NODE_ENV', 'production')
  const result = await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  chunks = outputs.flatMap((o) => o.output).filter((f): f is Rollup.OutputChunk => f.type === 'chunk')
}, 60_000)
afterAll(() => vi.unstubAllEnvs())

/** The npm packages whose modules went into the JavaScript. */
const packages = () =>
  new Set(
    chunks
      .flatMap((chunk) => Object.keys(chunk.modules))
      .filter((id) => id.includes('/node_modules/'))
      .map((id) => id.split('/node_modules/').at(-1)!.split('/')[0]!),
  )
const code = () => chunks.map((chunk) => chunk.code).join('\n')

describe('the built renderer', () => {
  it('runs on preact/compat, not on React or ReactDOM, and bundles no zod', () => {
    expect(chunks.length).toBeGreaterThan(0)
    expect(packages().has('preact')).toBe(true)
    for (const name of ['react', 'react-dom', 'scheduler', 'zod']) expect(packages().has(name)).toBe(false)
    // React 19's element tag and ReactDOM's fiber keys: present if a prebundled copy slips in.
    expect(code()).not.toContain('react.transitional.element')
    expect(code()).not.toContain('__reactFiber')
  })

  it(`is at most ${RENDERER_JS_GZIP_BUDGET / 1024} KB of JavaScript, gzip -9`, () => {
    const gzipped = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0)
    expect(gzipped).toBeLessThanOrEqual(RENDERER_JS_GZIP_BUDGET)
  })
})
