// Hostile bundles (synthetic, built here): overlapping entries that share one compressed body,
// duplicate names, too many entries, and a hostile plist inside an otherwise valid bundle.
import { readFileSync } from 'node:fs'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BUNDLE_PATHS } from '../../../main/node/bundle/bundle'
import { openBundleBytes } from '../../../main/node/bundle/openBundle'
import { checkZipDirectory } from '../../../main/node/bundle/zipDirectory'
import { buildTestBundle } from '../../helpers/bundles'
import { captureOf } from '../../helpers/captures'
import { realCapture } from '../../helpers/fakeSysroot'
import { exponentialPlist, overlappingZip } from '../../helpers/hostileInputs'

const password = readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8')
const LIMITS = { maxEntries: 64, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024 }
const wanted = new Set<string>([BUNDLE_PATHS.manifest, BUNDLE_PATHS.capture])

/** `copies` directory entries for one compressed body: 4 MB of zeros in about 4 KB. */
const bomb = (copies: number, distinctNames: boolean) =>
  overlappingZip(BUNDLE_PATHS.capture, new Uint8Array(4 * 1024 * 1024), copies, distinctNames)

describe('zip bombs and lying directories are refused before anything is inflated', () => {
  it('1,000 entries named capture.json sharing one compressed body: refused at once (each was inflated)', () => {
    const zip = bomb(1000, false)
    expect(zip.length).toBeLessThan(120_000)
    const started = performance.now()
    const result = openBundleBytes(zip, 'bomb.zip')
    expect(performance.now() - started).toBeLessThan(500)
    expect(result).toEqual({
      ok: false,
      error:
        'bomb.zip is not a PSSO Helper diagnostics bundle, or it is damaged: it has 1000 entries (a bundle has at most 64).',
    })
  })

  it('a few entries that overlap are refused even under the entry cap', () => {
    expect(checkZipDirectory(bomb(3, true), wanted, LIMITS)).toEqual({
      ok: false,
      reason: 'its entries overlap (a zip bomb)',
    })
  })

  it('a duplicate entry name is refused (the last one used to win)', () => {
    const result = openBundleBytes(bomb(2, false), 'twice.zip')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/it names "capture\.json" twice\.$/)
  })

  it('65,535 entries (the most a plain zip can list) are refused by their count, quickly', () => {
    const zip = bomb(65_535, true)
    const started = performance.now()
    expect(openBundleBytes(zip, 'big.zip').ok).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('an entry that says it inflates past the cap is refused by its declared size', () => {
    const zip = zipSync({ [BUNDLE_PATHS.manifest]: new Uint8Array(33 * 1024 * 1024) })
    expect(checkZipDirectory(zip, wanted, LIMITS)).toEqual({
      ok: false,
      reason: `"manifest.json" would inflate to ${33 * 1024 * 1024} bytes (at most ${32 * 1024 * 1024})`,
    })
  })

  it('a real bundle passes, and entries the format does not name are never inflated', async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    const checked = checkZipDirectory(zip, wanted, LIMITS)
    expect(checked.ok && checked.entries.map((e) => e.name)).toEqual(expect.arrayContaining([...wanted]))
    expect(openBundleBytes(zip, 'real.zip').ok).toBe(true)
  })

  it('a truncated zip or a foreign file is a clean error', async () => {
    const { zip } = await buildTestBundle(captureOf(password))
    for (const bytes of [zip.subarray(0, zip.length - 30), strToU8('not a zip at all'), new Uint8Array(0)])
      expect(openBundleBytes(bytes, 'x.zip').ok).toBe(false)
  })
})

describe('a hostile plist inside a bundle', () => {
  it("a binary plist as Company Portal's Info.plist and the profiles output (re-encoded as text, as a bundle stores it) opens as unreadable, quickly", async () => {
    const hostile = exponentialPlist(29)
    const { zip } = await buildTestBundle(captureOf(password))
    const files = unzipSync(zip)
    const capture = JSON.parse(Buffer.from(files[BUNDLE_PATHS.capture]!).toString('utf8'))
    capture.capture.companyPortalInfo = { status: 'ok', text: hostile.toString('latin1') }
    capture.capture.profiles.stdout = hostile.toString('latin1')
    files[BUNDLE_PATHS.capture] = strToU8(JSON.stringify(capture))
    const started = performance.now()
    const opened = openBundleBytes(zipSync(files), 'plist.zip')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.bundle.companyPortal.version).toBeNull()
    expect(opened.bundle.profile.ssoPayloadCount).toBeNull()
    expect(opened.bundle.psso.readable).toBe(true)
  })
})
