/**
 * A report or a bundle from one capture: what the worker runs and the in-process fallback shares.
 */
import type { DiagnosisContext } from '../../common/diagnosis/rules'
import type { HistoryRecord } from '../../common/history/historyRecord'
import type { Logger } from '../../common/logger'
import type { MacState } from '../../common/model/macState'
import { writeBundle, type BundleManifest } from '../bundle/bundle'
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
}

export interface HelpdeskOutputOptions {
  pseudonymize: boolean
  appVersion: string
  now: () => number
  history?: HistoryRecord[]
}

/** The redactor for one report or bundle: each gets its own pseudonym key. */
const redactorFor = (state: MacState, pseudonymize: boolean) =>
  createRedactor({ pseudonymize, identifiers: [state.psso.deviceId, state.psso.tenantId] })

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
    },
    { redactor: redactorFor(capture.state, options.pseudonymize) },
  )
  return format === 'json' ? `${JSON.stringify(built.json, null, 2)}\n` : built.markdown
}

/** Writes the diagnostics bundle of a capture atomically; its manifest says what is inside. */
export function bundleFromCapture(
  file: string,
  capture: HelpdeskCapture,
  options: HelpdeskOutputOptions & {
    system: SystemAccess
    homeDir: string
    includeUnifiedLog?: boolean
    logger?: Logger
  },
): Promise<BundleManifest> {
  return writeBundle(
    file,
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
    },
    { redactor: redactorFor(capture.state, options.pseudonymize) },
  )
}
