/**
 * One entry of the local history: the facts that matter for "what changed and when", taken from a
 * state. Deliberately no identifiers (UPN, device ID), no raw output, nothing secret: the history
 * sits in the user's data folder and travels in reports and bundles.
 */
import { z } from 'zod'
import { FINDING_IDS } from '../diagnosis/findingIds'
import { PSSO_METHODS, USER_STATE_CLASSES, VERDICT_STATUSES, type MacState } from '../model/macState'

export const HISTORY_RECORD_VERSION = 1

export const historyRecordSchema = z.object({
  v: z.literal(HISTORY_RECORD_VERSION),
  at: z.string().describe('the capture time (ISO 8601 UTC)'),
  verdict: z.enum(VERDICT_STATUSES),
  method: z.enum(PSSO_METHODS).nullable(),
  deviceRegistered: z.boolean().nullable(),
  userRegistered: z.boolean().nullable(),
  userStateClass: z.enum(USER_STATE_CLASSES).nullable(),
  tokensReceivedAt: z.string().nullable(),
  tokensExpiresAt: z.string().nullable(),
  findings: z.array(z.enum(FINDING_IDS)),
})
export type HistoryRecord = z.infer<typeof historyRecordSchema>

export function historyRecordFromState(state: MacState): HistoryRecord {
  const { psso } = state
  return {
    v: HISTORY_RECORD_VERSION,
    at: state.capturedAt,
    verdict: state.verdict.status,
    method: psso.method,
    deviceRegistered: psso.deviceRegistered,
    userRegistered: psso.user.registered,
    userStateClass: psso.user.stateClass,
    tokensReceivedAt: psso.tokens.receivedAt,
    tokensExpiresAt: psso.tokens.expiresAt,
    findings: state.verdict.findings.map((finding) => finding.id),
  }
}

const COMPARED_FIELDS = [
  'verdict',
  'method',
  'deviceRegistered',
  'userRegistered',
  'userStateClass',
  'tokensReceivedAt',
  'tokensExpiresAt',
] as const satisfies ReadonlyArray<keyof HistoryRecord>

/**
 * Whether `next` is worth a line: anything but the time changed. A check that could not read the
 * state (verdict unknown, everything null) after a known one is a transition too, and so is the
 * recovery: the helpdesk wants to see both.
 */
export function isTransition(previous: HistoryRecord | null, next: HistoryRecord): boolean {
  if (!previous) return true
  return (
    COMPARED_FIELDS.some((field) => previous[field] !== next[field]) ||
    previous.findings.join() !== next.findings.join()
  )
}
