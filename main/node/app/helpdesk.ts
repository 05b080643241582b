/** The helpdesk requests on top of issue 5's report and support code. */
import type { DecodedSupportCode } from '../../../preload/contract'
import type { AppConfig } from '../../common/config/appConfig'
import type { HistoryRecord } from '../../common/history/historyRecord'
import type { MacState } from '../../common/model/macState'
import type { SupportCodeFacts } from '../../common/supportCode/supportCode'
import { formatIsoSeconds } from '../parsers/values'
import type { RawCapture } from '../probe/readMacState'
import { createRedactor } from '../report/redact'
import { buildReport } from '../report/report'
import { writeBundle } from '../bundle/bundle'
import type { SystemAccess } from '../system/tools'

export interface LatestCapture {
  state: MacState
  raw: RawCapture
}

/** The redactor for one report or bundle: a new key each time, the organisation's choice of pseudonyms. */
const redactorFor = (state: MacState, config: AppConfig) =>
  createRedactor({
    pseudonymize: config.PseudonymizeIdentifiers,
    identifiers: [state.psso.deviceId, state.psso.tenantId],
  })

/** The redacted report (Markdown, which reads as plain text too) of the latest read of the Mac. */
export function reportText(
  capture: LatestCapture,
  options: { config: AppConfig; appVersion: string; now: number; history?: HistoryRecord[] },
): string {
  const { state, raw } = capture
  const redactor = redactorFor(state, options.config)
  const report = buildReport(
    {
      state,
      capture: raw,
      appVersion: options.appVersion,
      generatedAt: formatIsoSeconds(options.now),
      history: options.history,
    },
    { redactor },
  )
  return report.markdown
}

/** Writes the diagnostics bundle of the latest read to `file` (atomically, redacted). */
export async function saveBundle(
  file: string,
  capture: LatestCapture,
  options: {
    config: AppConfig
    appVersion: string
    now: () => number
    system: SystemAccess
    homeDir: string
    history?: HistoryRecord[]
  },
): Promise<void> {
  await writeBundle(
    file,
    {
      state: capture.state,
      capture: capture.raw,
      appVersion: options.appVersion,
      now: options.now,
      homeDir: options.homeDir,
      system: options.system,
      includeUnifiedLog: true,
      history: options.history,
    },
    { redactor: redactorFor(capture.state, options.config) },
  )
}

/** A decoded support code as the helpdesk view lists it: the findings, then every other fact. */
export function decodedSupportCode(facts: SupportCodeFacts): DecodedSupportCode {
  const { findings, macOS, ...rest } = facts
  return {
    findingIds: findings,
    details: {
      ...rest,
      macOS: macOS ? `${macOS.major}${macOS.minor === null ? '' : `.${macOS.minor}`}` : null,
    },
  }
}
