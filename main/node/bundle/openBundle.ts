/**
 * Opens a diagnostics bundle on the helpdesk's machine: validates it (zod), rebuilds the capture and
 * diagnoses it with the same code as a live Mac, token expiry judged at the capture's time. A damaged
 * or foreign file is an error result with a plain message, never an exception.
 */
import { readFile, stat } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import type { z } from 'zod'
import type { OpenedBundle } from '../../common/model/openedBundle'
import { encodeSupportCode } from '../../common/supportCode/supportCode'
import { stateFromCapture } from '../probe/readMacState'
import { captureFromStored } from '../report/storedCapture'
import { BUNDLE_FORMAT, BUNDLE_PATHS, captureFileSchema, manifestSchema } from './bundle'
import { checkZipDirectory } from './zipDirectory'

export type OpenBundleResult = { ok: true; bundle: OpenedBundle } | { ok: false; error: string }

const MAX_BUNDLE_BYTES = 200 * 1024 * 1024
/** A bundle has nine files; room for a few more in later formats. */
const ZIP_LIMITS = { maxEntries: 64, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024 }
/** Only these are inflated: everything open-bundle needs is in them. */
const NEEDED = new Set<string>([BUNDLE_PATHS.manifest, BUNDLE_PATHS.capture])

export async function openBundle(file: string): Promise<OpenBundleResult> {
  try {
    const info = await stat(file)
    if (!info.isFile()) return { ok: false, error: `${file} is not a file.` }
    if (info.size > MAX_BUNDLE_BYTES)
      return { ok: false, error: `${file} is too large to be a diagnostics bundle.` }
    return openBundleBytes(await readFile(file), file)
  } catch (error) {
    return {
      ok: false,
      error: `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    }
  }
}

export function openBundleBytes(bytes: Uint8Array, file: string): OpenBundleResult {
  const foreign = (why: string): OpenBundleResult => ({
    ok: false,
    error: `${file} is not a PSSO Helper diagnostics bundle, or it is damaged: ${why}.`,
  })
  const directory = checkZipDirectory(bytes, NEEDED, ZIP_LIMITS)
  if (!directory.ok) return foreign(directory.reason)
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => NEEDED.has(entry.name) && entry.originalSize <= ZIP_LIMITS.maxEntryBytes,
    })
  } catch {
    return foreign('it is not a readable zip file')
  }
  const readJson = <T extends z.ZodType>(path: string, schema: T): z.infer<T> | string => {
    const data = entries[path]
    if (!data) return `${path} is missing`
    let value: unknown
    try {
      value = JSON.parse(strFromU8(data))
    } catch {
      return `${path} is not valid JSON`
    }
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : `${path} is not in the expected shape`
  }
  const manifest = readJson(BUNDLE_PATHS.manifest, manifestSchema)
  if (typeof manifest === 'string') return foreign(manifest)
  if (manifest.bundleFormat > BUNDLE_FORMAT)
    return {
      ok: false,
      error: `${file} was made by a newer PSSO Helper (${manifest.app.version}, bundle format ${manifest.bundleFormat}). Update PSSO Helper to open it.`,
    }
  const captureFile = readJson(BUNDLE_PATHS.capture, captureFileSchema)
  if (typeof captureFile === 'string') return foreign(captureFile)

  const state = stateFromCapture(captureFromStored(captureFile.capture), captureFile.diagnosis)
  const deviceId = state.psso.deviceId ?? captureFile.keptFacts.deviceId
  return {
    ok: true,
    bundle: {
      ...state,
      psso: { ...state.psso, deviceId },
      capture: {
        isCapture: true,
        file,
        capturedAt: state.capturedAt,
        bundleCreatedAt: manifest.createdAt,
        deviceId,
        appVersion: manifest.app.version,
        identifiersPseudonymized: manifest.identifiersPseudonymized,
        repair: captureFile.repair ?? null,
        device: captureFile.device ?? null,
        supportCode: encodeSupportCode(state, captureFile.repair ?? null),
      },
    },
  }
}
