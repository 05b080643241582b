// The diagnostics bundle: written, opened, same diagnosis; bounded by Intune's limit; never half
// written; a damaged or foreign file is a clear error.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DIAGNOSIS_CONTEXT } from '../../../main/common/diagnosis/rules'
import { openedBundleSchema } from '../../../main/common/model/openedBundle'
import { BUNDLE_PATHS, createBundle, writeBundle } from '../../../main/node/bundle/bundle'
import { openBundle, openBundleBytes } from '../../../main/node/bundle/openBundle'
import { nodeAtomicWriteFs, type AtomicWriteFs } from '../../../main/node/files/atomicWrite'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { createRedactor } from '../../../main/node/report/redact'
import { appSsoFixtures, captureOf, profilesFixture } from '../../helpers/captures'
import { bundleInput, buildTestBundle, logOnlySystem } from '../../helpers/bundles'

const fixtures = appSsoFixtures()
const password = fixtures.find((f) => f.name === 'sequoia-password-registered.txt')!.text
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'psso-bundle-'))

describe('bundle round trip', () => {
  it.each(fixtures)('opens to the same state it was made from: $name', async ({ text }) => {
    const capture = captureOf(text)
    const { zip } = await buildTestBundle(capture)
    const opened = openBundleBytes(zip, 'user.zip')
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const { capture: info, ...state } = opened.bundle
    expect(state).toEqual(stateFromCapture(capture))
    expect(openedBundleSchema.safeParse(opened.bundle).success).toBe(true)
    expect(info).toMatchObject({
      isCapture: true,
      file: 'user.zip',
      capturedAt: state.capturedAt,
      appVersion: '0.1.0-test',
    })
  })

  it('keeps the device ID the redaction removed from the certificate', async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    const opened = openBundleBytes(zip, 'user.zip')
    expect(opened.ok && opened.bundle.psso.deviceId).toBe('38d94132-e90a-4e9d-bfdc-a52633ed2772')
    expect(opened.ok && opened.bundle.capture.deviceId).toBe('38d94132-e90a-4e9d-bfdc-a52633ed2772')
  })

  it("judges token expiry at capture time, not at the opening machine's clock", async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    const opened = openBundleBytes(zip, 'user.zip')
    // Captured 2026-04-25, tokens expire 2026-05-09: valid then, whatever today is.
    expect(opened.ok && opened.bundle.psso.tokens.expired).toBe(false)
    expect(opened.ok && opened.bundle.verdict.status).toBe('healthy')
  })

  it('with pseudonyms: the same verdict and findings, and the pseudonyms of the report', async () => {
    for (const { text } of fixtures) {
      const capture = captureOf(text)
      const { zip, files } = await buildTestBundle(capture, { pseudonymize: true })
      const opened = openBundleBytes(zip, 'user.zip')
      expect(opened.ok && opened.bundle.verdict).toEqual(stateFromCapture(capture).verdict)
      const report = JSON.parse(files[BUNDLE_PATHS.reportJson]!)
      expect(opened.ok && opened.bundle.psso.tenantId).toBe(report.state.psso.tenantId)
      expect(opened.ok && opened.bundle.psso.deviceId).toBe(report.state.psso.deviceId)
      expect(opened.ok && opened.bundle.psso.user.upn).toBe(report.state.psso.user.upn)
    }
  })
})

it('recomputes with the context the live diagnosis had (the user expects their Mac password to follow Entra)', async () => {
  const secureEnclave = fixtures.find((f) => f.name === 'sequoia-secure-enclave-registered.txt')!.text
  const capture = captureOf(secureEnclave, { profiles: profilesFixture('synthetic-secure-enclave.xml') })
  const diagnosis = { ...DEFAULT_DIAGNOSIS_CONTEXT, expectsMacPasswordToFollowEntra: true }
  const live = stateFromCapture(capture, diagnosis)
  expect(live.verdict).not.toEqual(stateFromCapture(capture).verdict)
  const input = { ...bundleInput(capture), state: live, diagnosis }
  const { zip } = await createBundle(input, { redactor: createRedactor({ pseudonymize: false }) })
  const opened = openBundleBytes(zip, 'user.zip')
  expect(opened.ok && opened.bundle.verdict).toEqual(live.verdict)
})

describe('bundle contents', () => {
  it('lists every file with its size in the manifest', async () => {
    const { files, manifest } = await buildTestBundle(captureOf(password), { unifiedLog: 'line one\n' })
    const listed = Object.fromEntries(manifest.files.map((f) => [f.path, f.bytes]))
    const actual = Object.fromEntries(
      Object.entries(files)
        .filter(([name]) => name !== BUNDLE_PATHS.manifest)
        .map(([name, text]) => [name, Buffer.byteLength(text)]),
    )
    expect(listed).toEqual(actual)
    expect(Object.keys(files).sort()).toEqual(
      [
        'capture.json',
        'logs/com.apple.AppSSO.log',
        'manifest.json',
        'raw/app-sso.txt',
        'raw/profiles.xml',
        'report.json',
        'report.md',
      ].sort(),
    )
    expect(manifest.omitted).toEqual([
      { path: 'logs/psso-helper.log', reason: 'the app has not written a log yet' },
    ])
    expect(JSON.parse(files['manifest.json']!)).toEqual(manifest)
  })

  it('asks the unified log for the last hour of com.apple.AppSSO only', async () => {
    const input = bundleInput(captureOf(password))
    const system = logOnlySystem('x')
    await writeBundle(
      path.join(tempDir(), 'b.zip'),
      { ...input, system },
      { redactor: createRedactor({ pseudonymize: false }) },
    )
    expect(system.logCalls).toEqual([
      ['show', '--style', 'compact', '--predicate', 'subsystem == "com.apple.AppSSO"', '--last', '1h'],
    ])
  })

  it('falls back to the last 10 minutes when the last hour is larger than the output cap', async () => {
    const calls: string[] = []
    const system = {
      ...logOnlySystem(''),
      run: async (_tool: string, args: readonly string[]) => {
        calls.push(args.at(-1)!)
        return args.at(-1) === '1h'
          ? { status: 'outputTooLarge' as const, limitBytes: 1, durationMs: 1 }
          : { status: 'ok' as const, stdout: 'recent line\n', stderr: '', durationMs: 1 }
      },
    }
    const input = { ...bundleInput(captureOf(password)), system }
    const { manifest } = await createBundle(input, { redactor: createRedactor({ pseudonymize: false }) })
    expect(calls).toEqual(['1h', '10m'])
    expect(manifest.files.find((f) => f.path === 'logs/com.apple.AppSSO.log')?.description).toContain(
      'last 10 minutes',
    )
  })

  it('notes a unified log that could not be read, and still writes the bundle', async () => {
    const input = bundleInput(captureOf(password))
    const system = {
      ...logOnlySystem(''),
      run: async () => ({ status: 'timedOut' as const, timeoutMs: 30000, durationMs: 30000 }),
    }
    const manifest = await writeBundle(
      path.join(tempDir(), 'b.zip'),
      { ...input, system },
      { redactor: createRedactor({ pseudonymize: false }) },
    )
    expect(manifest.omitted).toContainEqual({
      path: 'logs/com.apple.AppSSO.log',
      reason: 'log show timed out after 30000 ms',
    })
  })

  it('stops adding optional parts before the compressed size limit, and says so', async () => {
    const limitBytes = 200 * 1024
    const noise = randomBytes(300 * 1024)
      .toString('base64')
      .replace(/[A-Z]/g, '') // incompressible-ish, no blob shape
    const { zip, manifest, files } = await buildTestBundle(captureOf(password), {
      unifiedLog: noise,
      limitBytes,
    })
    expect(manifest.omitted).toContainEqual({
      path: 'logs/com.apple.AppSSO.log',
      reason: `would pass the ${limitBytes}-byte compressed limit`,
    })
    expect(files['logs/com.apple.AppSSO.log']).toBeUndefined()
    expect(zip.length).toBeLessThanOrEqual(limitBytes)
    expect(manifest.limitBytes).toBe(limitBytes)
    expect(manifest.totalCompressedBytes).toBeGreaterThan(0)
  })
})

describe('atomic writes', () => {
  const input = () => bundleInput(captureOf(password))
  const redactor = createRedactor({ pseudonymize: false })

  it('a crash mid-write leaves no partial file at the destination (and no temporary file)', async () => {
    const dir = tempDir()
    const destination = path.join(dir, 'diagnostics.zip')
    const crashing: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      writeAndFlush: async (file, data) => {
        writeFileSync(file, (data as Uint8Array).subarray(0, 100))
        throw new Error('ENOSPC: no space left on device')
      },
    }
    await expect(writeBundle(destination, input(), { redactor }, crashing)).rejects.toThrow('ENOSPC')
    expect(readdirSync(dir)).toEqual([])
  })

  it('a process killed before the rename leaves the previous file whole', async () => {
    const dir = tempDir()
    const destination = path.join(dir, 'diagnostics.zip')
    writeFileSync(destination, 'previous bundle')
    const killed: AtomicWriteFs = {
      writeAndFlush: nodeAtomicWriteFs.writeAndFlush,
      rename: async () => {
        throw new Error('killed')
      },
      remove: async () => {}, // a killed process cleans nothing up
    }
    await expect(writeBundle(destination, input(), { redactor }, killed)).rejects.toThrow('killed')
    expect(readFileSync(destination, 'utf8')).toBe('previous bundle')
  })

  it('a finished write is a complete bundle at the destination', async () => {
    const destination = path.join(tempDir(), 'diagnostics.zip')
    await writeBundle(destination, input(), { redactor })
    const opened = await openBundle(destination)
    expect(opened.ok).toBe(true)
    expect(readdirSync(path.dirname(destination))).toEqual(['diagnostics.zip'])
  })
})

describe('damaged or foreign files', () => {
  const errorOf = (bytes: Uint8Array) => {
    const result = openBundleBytes(bytes, 'x.zip')
    expect(result.ok).toBe(false)
    return result.ok ? '' : result.error
  }
  const zipOf = (entries: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])))

  it('not a zip at all', () => {
    expect(errorOf(strToU8('hello, this is a text file'))).toMatch(
      /not a PSSO Helper diagnostics bundle.*not a readable zip/,
    )
    expect(errorOf(new Uint8Array(0))).toMatch(/not a readable zip/)
  })

  it('a zip cut short', async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    expect(errorOf(zip.subarray(0, Math.floor(zip.length / 2)))).toMatch(
      /not a PSSO Helper diagnostics bundle/,
    )
  })

  it('a zip with flipped bytes', async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    const damaged = Uint8Array.from(zip)
    for (let i = 40; i < damaged.length - 200; i += 97) damaged[i] = damaged[i]! ^ 0xff
    expect(errorOf(damaged)).toMatch(/not a PSSO Helper diagnostics bundle/)
  })

  it("someone else's zip", () => {
    expect(errorOf(zipOf({ 'CompanyPortal/SSOExtension.log': 'log' }))).toMatch(/manifest.json is missing/)
  })

  it('a manifest or capture of the wrong shape', async () => {
    const { files } = await buildTestBundle(captureOf(password))
    expect(errorOf(zipOf({ ...files, 'manifest.json': '{"bundleFormat":"one"}' }))).toMatch(
      /manifest.json is not in the expected shape/,
    )
    expect(errorOf(zipOf({ ...files, 'capture.json': '{ not json' }))).toMatch(
      /capture.json is not valid JSON/,
    )
    const capture = JSON.parse(files['capture.json']!)
    capture.capture.appSso = { status: 'ok', stdout: 42 }
    expect(errorOf(zipOf({ ...files, 'capture.json': JSON.stringify(capture) }))).toMatch(
      /capture.json is not in the expected shape/,
    )
  })

  it('a bundle from a newer format says so', async () => {
    const { files } = await buildTestBundle(captureOf(password))
    const manifest = { ...JSON.parse(files['manifest.json']!), bundleFormat: 99 }
    expect(errorOf(zipOf({ ...files, 'manifest.json': JSON.stringify(manifest) }))).toMatch(
      /newer PSSO Helper/,
    )
  })

  it('a missing file or a folder', async () => {
    const dir = tempDir()
    expect(await openBundle(path.join(dir, 'nope.zip'))).toEqual({
      ok: false,
      error: `${path.join(dir, 'nope.zip')} could not be read (ENOENT).`,
    })
    expect(await openBundle(dir)).toEqual({ ok: false, error: `${dir} is not a file.` })
    expect(existsSync(dir)).toBe(true)
  })
})
