/** The helpdesk requests on top of issue 5's report and support code. */
import type { DecodedSupportCode } from '../../../preload/contract'
import type { AppConfig } from '../../common/config/appConfig'
import type { MacState } from '../../common/model/macState'
import type { SupportCodeFacts } from '../../common/supportCode/supportCode'
import { formatIsoSeconds } from '../parsers/values'
import type { RawCapture } from '../probe/readMacState'
import { createRedactor } from '../report/redact'
import { buildReport } from '../report/report'

/** The redacted report (Markdown, which reads as plain text too) of the latest read of the Mac. */
export function reportText(
  capture: { state: MacState; raw: RawCapture },
  options: { config: AppConfig; appVersion: string; now: number },
): string {
  const { state, raw } = capture
  const redactor = createRedactor({
    pseudonymize: options.config.PseudonymizeIdentifiers,
    identifiers: [state.psso.deviceId, state.psso.tenantId],
  })
  const report = buildReport(
    { state, capture: raw, appVersion: options.appVersion, generatedAt: formatIsoSeconds(options.now) },
    { redactor },
  )
  return report.markdown
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
