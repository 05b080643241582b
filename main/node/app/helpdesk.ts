/** The helpdesk requests' IPC shapes; the report and bundle themselves are main/node/helpdesk's. */
import type { DecodedSupportCode } from '../../common/ipc/contract'
import type { SupportCodeFacts } from '../../common/supportCode/supportCode'

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
