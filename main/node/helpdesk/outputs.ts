/**
 * A report or a bundle from one capture: what the worker runs and the in-process fallback shares
 * (the one copy of the report and bundle code; the CLI, the app and the preview all come here).
 */
import type { AppConfig } from '../../common/config/appConfig'
import type { AnsweredQuestion } from '../../common/diagnosis/questions'
import type { DiagnosisContext } from '../../common/diagnosis/rules'
import type { Language } from '../../common/i18n'
import type { DeviceIdentity } from '../../common/model/deviceIdentity'
import type { RepairPosition } from '../../common/supportCode/repairPosition'
import type { HistoryRecord } from '../../common/history/historyRecord'
import type { Logger } from '../../common/logger'
import type { MacState } from '../../common/model/macState'
import { createBundle, type BundleManifest } from '../bundle/bundle'
import { writeFileAtomic } from '../files/atomicWrite'
import { formatIsoSeconds } from '../../common/time'
import type { RawCapture } from '../probe/readMacState'
import { createRedactor } from '../report/redact'
import { buildReport } from '../report/report'
import type { SystemAccess } from '../system/tools'

export type ReportFormat = 'markdown' | 'json'

/** One read of the Mac and the context it was diagnosed with (a bundle keeps it). */
export interface HelpdeskCapture {
  state: MacState
  raw: RawCapture
  diagnosis: DiagnosisContext
  /** How to find the Mac in Intune; null when it was not read. */
  device?: DeviceIdentity | null
  /** The answers the diagnosis used, with when they were given. */
  answers?: AnsweredQuestion[]
  /** The repair the user is in (the support code carries it). */
  repair?: RepairPosition | null
}

export interface HelpdeskOutputOptions {
  pseudonymize: boolean
  appVersion: string
  now: () => number
  history?: HistoryRecord[]
  /** Why the history could not be read; reports and bundles say so and go on without it. */
  historyProblem?: string
  /** The reader's language (the UI's, or `--lang`). */
  language?: Language
  /** The organisation's contact details, for the guides' texts. */
  config?: AppConfig
}

/**
 * The history for a report or bundle. It is an optional part: one that cannot be read (a folder
 * where the file should be, a FIFO) is left out with its reason, never an error of the whole output.
 */
export async function historyForOutput(
  read: (() => Promise<HistoryRecord[]>) | undefined,
): Promise<Pick<HelpdeskOutputOptions, 'history' | 'historyProblem'>> {
  if (!read) return {}
  try {
    return { history: await read() }
  } catch (error) {
    return { historyProblem: error instanceof Error ? error.message : String(error) }
  }
}

/** The redactor for one report or bundle: each gets its own pseudonym key. */
const redactorFor = (capture: HelpdeskCapture, pseudonymize: boolean) =>
  createRedactor({
    pseudonymize,
    identifiers: [capture.state.psso.deviceId, capture.state.psso.tenantId],
    names: [capture.device?.serialNumber ?? null, capture.device?.computerName ?? null],
  })

/** What a report and a bundle take from a capture and the output options, beyond the state. */
const reportExtras = (capture: HelpdeskCapture, options: HelpdeskOutputOptions) => ({
  ...(capture.device !== undefined ? { device: capture.device } : {}),
  ...(capture.answers ? { answers: capture.answers } : {}),
  ...(capture.repair !== undefined ? { repair: capture.repair } : {}),
  ...(options.language ? { language: options.language } : {}),
  ...(options.config ? { config: options.config } : {}),
})

/** The redacted report of a capture as text: Markdown for a ticket, JSON for tools. */
export function reportFromCapture(
  capture: HelpdeskCapture,
  options: HelpdeskOutputOptions,
  format: ReportFormat,
): string {
  const built = buildReport(
    {
      state: capture.state,
      capture: capture.raw,
      appVersion: options.appVersion,
      generatedAt: formatIsoSeconds(options.now()),
      ...(options.history ? { history: options.history } : {}),
      ...(options.historyProblem ? { historyProblem: options.historyProblem } : {}),
      ...reportExtras(capture, options),
    },
    { redactor: redactorFor(capture, options.pseudonymize) },
  )
  return format === 'json' ? `${JSON.stringify(built.json, null, 2)}\n` : built.markdown
}

export type BundleOutputOptions = HelpdeskOutputOptions & {
  system: SystemAccess
  homeDir: string
  includeUnifiedLog?: boolean
  logger?: Logger
}

/** The diagnostics bundle of a capture, in memory (the preview downloads it as it is). */
export function bundleBytesFromCapture(
  capture: HelpdeskCapture,
  options: BundleOutputOptions,
): Promise<{ zip: Uint8Array; manifest: BundleManifest }> {
  return createBundle(
    {
      state: capture.state,
      capture: capture.raw,
      diagnosis: capture.diagnosis,
      appVersion: options.appVersion,
      now: options.now,
      homeDir: options.homeDir,
      system: options.system,
      includeUnifiedLog: options.includeUnifiedLog ?? true,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.history ? { history: options.history } : {}),
      ...(options.historyProblem ? { historyProblem: options.historyProblem } : {}),
      ...reportExtras(capture, options),
    },
    { redactor: redactorFor(capture, options.pseudonymize) },
  )
}

/** Writes the diagnostics bundle of a capture atomically; its manifest says what is inside. */
export async function bundleFromCapture(
  file: string,
  capture: HelpdeskCapture,
  options: BundleOutputOptions,
): Promise<BundleManifest> {
  const { zip, manifest } = await bundleBytesFromCapture(capture, options)
  await writeFileAtomic(file, zip)
  return manifest
}

/** The name a bundle is saved under: the day it was made. */
export const bundleFileName = (now: number) =>
  `PSSO Helper diagnostics ${new Date(now).toISOString().slice(0, 10)}.zip`
