/**
 * The diagnostics bundle: one zip with the redacted report, the redacted raw outputs and capture,
 * the app's own log and, optionally, the last hour of the unified log for com.apple.AppSSO. A
 * manifest lists what is inside with sizes. Optional parts stop before Intune's "Collect logs" limit
 * (60 MB compressed); the file is written atomically.
 */
import { strToU8 } from 'fflate'
import type { HistoryRecord } from '../../common/history/historyRecord'
import { z } from 'zod'
import { DEFAULT_DIAGNOSIS_CONTEXT, type DiagnosisContext } from '../../common/diagnosis/rules'
import { APP_ID, PRODUCT_NAME } from '../../common/identity'
import { silentLogger, type Logger } from '../../common/logger'
import type { MacState } from '../../common/model/macState'
import { writeFileAtomic, type AtomicWriteFs } from '../files/atomicWrite'
import { readAppLog } from '../log/appLog'
import { appSsoLogShowArgs } from '../parsers/unifiedLog'
import type { RawCapture } from '../probe/readMacState'
import { formatIsoSeconds } from '../../common/time'
import type { Redactor } from '../report/redact'
import { buildReport, type ReportInput, type ReportOptions } from '../report/report'
import { storedCaptureSchema } from '../report/storedCapture'
import { deviceIdentitySchema } from '../../common/model/deviceIdentity'
import { repairPositionSchema } from '../../common/supportCode/repairPosition.schema'
import { describeToolResult, type SystemAccess, type ToolResult } from '../system/tools'
import { compressPart, zipCompressedParts, type CompressedPart } from './zipParts'

export const BUNDLE_FORMAT = 1
/** Microsoft documents at most 60 MB compressed for Intune's "Collect logs". */
export const INTUNE_LIMIT_BYTES = 60 * 1024 * 1024
/** Room kept for the manifest and the zip's own headers. */
const RESERVED_BYTES = 64 * 1024
/** The last hour; when that is more than the output cap, the last ten minutes. */
const UNIFIED_LOG_WINDOWS = [
  { last: '1h', description: 'last hour' },
  { last: '10m', description: 'last 10 minutes (the last hour was too large)' },
]
/**
 * The bundle's copy of the unified log (compact text, for people): far larger than the sign-in
 * events' read (parsers/unifiedLog.ts), so it has its own, longer bounds.
 */
const BUNDLE_UNIFIED_LOG_TIMEOUT_MS = 30_000
const BUNDLE_UNIFIED_LOG_MAX_BYTES = 32 * 1024 * 1024

export const BUNDLE_PATHS = {
  manifest: 'manifest.json',
  capture: 'capture.json',
  reportMarkdown: 'report.md',
  reportJson: 'report.json',
  appSso: 'raw/app-sso.txt',
  profiles: 'raw/profiles.xml',
  appLog: 'logs/psso-helper.log',
  unifiedLog: 'logs/com.apple.AppSSO.log',
} as const

export const manifestSchema = z.object({
  bundleFormat: z.number().int(),
  app: z.object({ name: z.string(), id: z.string(), version: z.string() }),
  createdAt: z.string(),
  capturedAt: z.string(),
  identifiersPseudonymized: z.boolean(),
  files: z.array(
    z.object({ path: z.string(), bytes: z.number(), compressedBytes: z.number(), description: z.string() }),
  ),
  omitted: z.array(z.object({ path: z.string(), reason: z.string() })),
  /** The parts' compressed size (the manifest and zip headers add a few kilobytes). */
  totalCompressedBytes: z.number(),
  limitBytes: z.number(),
})
export type BundleManifest = z.infer<typeof manifestSchema>

/** capture.json: what `open-bundle` needs to recompute the diagnosis. */
export const captureFileSchema = z.object({
  bundleFormat: z.number().int(),
  capture: storedCaptureSchema,
  /** Facts the redaction removes from the outputs (the device ID is inside the device certificate). */
  keptFacts: z.object({ deviceId: z.string().nullable() }),
  /** What the live diagnosis knew besides the outputs (configuration, the user's answers). */
  diagnosis: z.object({
    tokenExpiryWarningHours: z.number(),
    reportedEntraPasswordReset: z.boolean(),
    expectsMacPasswordToFollowEntra: z.boolean(),
  }),
  /** The repair the user was in, so open-bundle gives the same support code (absent in older bundles). */
  repair: repairPositionSchema.nullable().optional(),
  /** How to find the Mac in Intune, through the redactor (absent in older bundles). */
  device: deviceIdentitySchema.nullable().optional(),
})
export type CaptureFile = z.infer<typeof captureFileSchema>

export interface BundleInput {
  state: MacState
  capture: RawCapture
  appVersion: string
  now: () => number
  homeDir: string
  system: SystemAccess
  includeUnifiedLog: boolean
  /** The context the state was diagnosed with; the defaults when absent. */
  diagnosis?: DiagnosisContext
  /** The recorded state transitions; they go into the report inside the bundle. */
  history?: HistoryRecord[]
  /** Why the history could not be read (the manifest says so); absent when it could. */
  historyProblem?: string
  /** The rest of what the report carries (its language, the device, answers, the repair). */
  device?: ReportInput['device']
  answers?: ReportInput['answers']
  repair?: ReportInput['repair']
  language?: ReportInput['language']
  config?: ReportInput['config']
  limitBytes?: number
  logger?: Logger
}

interface Part {
  path: string
  data: Uint8Array
  description: string
}

/** Builds the bundle in memory: the required parts always, optional parts while they fit. */
export async function createBundle(
  input: BundleInput,
  report: ReportOptions,
): Promise<{ zip: Uint8Array; manifest: BundleManifest }> {
  const { redactor } = report
  const createdAt = formatIsoSeconds(input.now())
  const built = buildReport({ ...input, generatedAt: createdAt }, report)
  const captureFile: CaptureFile = {
    bundleFormat: BUNDLE_FORMAT,
    capture: built.capture,
    keptFacts: { deviceId: built.json.state.psso.deviceId },
    diagnosis: input.diagnosis ?? DEFAULT_DIAGNOSIS_CONTEXT,
    repair: built.json.repair,
    device: built.json.device,
  }
  const text = (path: string, content: string, description: string): Part => ({
    path,
    data: strToU8(content),
    description,
  })
  const required = [
    text(BUNDLE_PATHS.reportMarkdown, built.markdown, 'the redacted report, for a ticket'),
    text(
      BUNDLE_PATHS.reportJson,
      `${JSON.stringify(built.json, null, 2)}\n`,
      'the redacted report, for tools',
    ),
    text(
      BUNDLE_PATHS.capture,
      `${JSON.stringify(captureFile, null, 2)}\n`,
      'the redacted capture open-bundle reads',
    ),
  ]
  if (built.json.raw.appSso !== null)
    required.push(text(BUNDLE_PATHS.appSso, built.json.raw.appSso, 'app-sso platform -s, redacted'))
  if (built.json.raw.profiles !== null)
    required.push(
      text(BUNDLE_PATHS.profiles, built.json.raw.profiles, 'profiles show -output stdout-xml, redacted'),
    )

  const optional: (Part | { path: string; omitted: string })[] = []
  const appLog = await readAppLog(input.homeDir)
  optional.push(
    appLog.text
      ? text(BUNDLE_PATHS.appLog, redactor.text(appLog.text), "PSSO Helper's own log, redacted")
      : {
          path: BUNDLE_PATHS.appLog,
          omitted: appLog.problems.length ? appLog.problems.join('; ') : 'the app has not written a log yet',
        },
  )
  // Optional parts fail soft: the manifest names what failed and why.
  const softProblems = [
    ...(appLog.text ? appLog.problems.map((reason) => ({ path: BUNDLE_PATHS.appLog, reason })) : []),
    ...(input.historyProblem ? [{ path: 'history', reason: input.historyProblem }] : []),
  ]
  if (input.includeUnifiedLog) optional.push(await unifiedLogPart(input.system, redactor))
  else optional.push({ path: BUNDLE_PATHS.unifiedLog, omitted: 'not requested' })

  const limitBytes = input.limitBytes ?? INTUNE_LIMIT_BYTES
  const files: BundleManifest['files'] = []
  const omitted: BundleManifest['omitted'] = [...softProblems]
  const kept: CompressedPart[] = []
  let total = 0
  // Each part is compressed once: the same bytes decide whether it fits and go into the zip.
  const add = (part: Part, compressed: CompressedPart) => {
    kept.push(compressed)
    files.push({
      path: part.path,
      bytes: part.data.length,
      compressedBytes: compressed.compressed.length,
      description: part.description,
    })
    total += compressed.compressed.length
  }
  for (const part of required) add(part, await compressPart(part.path, part.data))
  for (const part of optional) {
    if ('omitted' in part) {
      omitted.push({ path: part.path, reason: part.omitted })
      continue
    }
    const compressed = await compressPart(part.path, part.data)
    if (total + compressed.compressed.length + RESERVED_BYTES > limitBytes) {
      omitted.push({ path: part.path, reason: `would pass the ${limitBytes}-byte compressed limit` })
      continue
    }
    add(part, compressed)
  }

  const manifest: BundleManifest = {
    bundleFormat: BUNDLE_FORMAT,
    app: { name: PRODUCT_NAME, id: APP_ID, version: input.appVersion },
    createdAt,
    capturedAt: built.json.capturedAt,
    identifiersPseudonymized: redactor.pseudonymize,
    files,
    omitted,
    totalCompressedBytes: total,
    limitBytes,
  }
  const manifestPart = await compressPart(
    BUNDLE_PATHS.manifest,
    strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
  )
  const zip = await zipCompressedParts([...kept, manifestPart], new Date(input.now()))
  ;(input.logger ?? silentLogger).info(
    `diagnostics bundle built: ${files.length} files, ${zip.length} bytes, ${omitted.length} parts omitted`,
  )
  return { zip, manifest }
}

async function unifiedLogPart(
  system: SystemAccess,
  redactor: Redactor,
): Promise<Part | { path: string; omitted: string }> {
  let result: ToolResult | null = null
  for (const window of UNIFIED_LOG_WINDOWS) {
    result = await system.run('log', appSsoLogShowArgs('compact', window.last), {
      timeoutMs: BUNDLE_UNIFIED_LOG_TIMEOUT_MS,
      maxOutputBytes: BUNDLE_UNIFIED_LOG_MAX_BYTES,
    })
    if (result.status === 'ok')
      return {
        path: BUNDLE_PATHS.unifiedLog,
        data: strToU8(redactor.text(result.stdout)),
        description: `unified log, com.apple.AppSSO, ${window.description}, redacted`,
      }
    if (result.status !== 'outputTooLarge') break
  }
  return { path: BUNDLE_PATHS.unifiedLog, omitted: redactor.text(`log show ${describeToolResult(result!)}`) }
}

/** Builds the bundle and writes it atomically to `file`. */
export async function writeBundle(
  file: string,
  input: BundleInput,
  report: ReportOptions,
  fs?: AtomicWriteFs,
): Promise<BundleManifest> {
  const { zip, manifest } = await createBundle(input, report)
  await writeFileAtomic(file, zip, fs)
  return manifest
}
