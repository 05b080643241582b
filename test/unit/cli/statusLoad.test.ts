// `status --json` is what Intune custom attributes run, often: its cold start stays small because
// it loads neither zod nor the report and bundle code (the bench measures the time; this guards why).
import path from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

describe('what status loads', () => {
  it('neither zod, nor the report, bundle, worker or helpdesk code (the redactor is the log’s)', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'main/node/cli/commands/status.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((file) => file.includes('node_modules/zod/'))).toBe(false)
    expect(
      inputs.filter((file) =>
        /main\/node\/(report\/report|report\/storedCapture|bundle\/|worker\/|helpdesk\/)/.test(file),
      ),
    ).toEqual([])
    expect(inputs).toContain('main/node/cli/commands/status.ts')
  })
})
