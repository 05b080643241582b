// What the preload bundles: the contract's table without zod (main builds the schemas), and
// nothing but Electron. That the renderer ships no zod is checked on the real Vite build
// (test/unit/build/rendererBundle.test.ts).
import path from 'node:path'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

async function inputsOf(entry: string, external: string[] = []): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    external,
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
    logLevel: 'silent',
  })
  return result.metafile
}

const packagesIn = (metafile: Metafile) =>
  new Set(
    Object.keys(metafile.inputs)
      .filter((file) => file.includes('node_modules/'))
      .map((file) => file.split('node_modules/').at(-1)!.split('/')[0]!),
  )

describe('the preload bundle', () => {
  it('the preload bundles only the contract and imports nothing but electron', async () => {
    const metafile = await inputsOf('preload/index.ts', ['electron'])
    expect(packagesIn(metafile)).toEqual(new Set())
    const ours = Object.keys(metafile.inputs).sort()
    expect(ours).toEqual(['main/common/ipc/contract.ts', 'preload/index.ts'])
    const [output] = Object.values(metafile.outputs)
    expect(output!.imports.map((entry) => entry.path)).toEqual(['electron'])
  })
})
