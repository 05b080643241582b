/** Builds bundles in memory for tests: a capture, a temporary home with an app log, a stub `log`. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { createBundle, type BundleInput } from '../../main/node/bundle/bundle'
import type { RawCapture } from '../../main/node/probe/readMacState'
import { stateFromCapture } from '../../main/node/probe/readMacState'
import { createRedactor, type Redactor } from '../../main/node/report/redact'
import type { SystemAccess } from '../../main/node/system/tools'

export const tempHome = () => mkdtempSync(path.join(tmpdir(), 'psso-home-'))

/** A SystemAccess whose only tool is `log`, printing the given text. */
export function logOnlySystem(unifiedLog: string): SystemAccess & { logCalls: string[][] } {
  const logCalls: string[][] = []
  return {
    logCalls,
    run: async (tool, args) => {
      if (tool !== 'log') throw new Error(`unexpected tool ${tool}`)
      logCalls.push([...args])
      return { status: 'ok', stdout: unifiedLog, stderr: '', durationMs: 1 }
    },
    readFile: async (file) => ({ status: 'notFound', path: file }),
    exists: async () => false,
    listFiles: async (dir) => ({ status: 'notFound', path: dir }),
  }
}

export interface TestBundleOptions {
  pseudonymize?: boolean
  homeDir?: string
  unifiedLog?: string
  includeUnifiedLog?: boolean
  limitBytes?: number
}

export function bundleInput(capture: RawCapture, options: TestBundleOptions = {}): BundleInput {
  return {
    state: stateFromCapture(capture),
    capture,
    appVersion: '0.1.0-test',
    now: () => Date.parse('2026-11-21T10:00:00Z'),
    homeDir: options.homeDir ?? tempHome(),
    system: logOnlySystem(options.unifiedLog ?? ''),
    includeUnifiedLog: options.includeUnifiedLog ?? true,
    ...(options.limitBytes ? { limitBytes: options.limitBytes } : {}),
  }
}

export async function buildTestBundle(capture: RawCapture, options: TestBundleOptions = {}) {
  const input = bundleInput(capture, options)
  const redactor: Redactor = createRedactor({
    pseudonymize: options.pseudonymize ?? false,
    identifiers: [input.state.psso.deviceId, input.state.psso.tenantId],
  })
  const { zip, manifest } = await createBundle(input, { redactor })
  return { zip, manifest, redactor, input, files: unzipText(zip) }
}

export const unzipText = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)]))
