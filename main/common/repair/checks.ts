/**
 * Completion checks: what a fresh probe of the Mac must show before a repair counts as done.
 * Only the Mac's own state counts, never the user's word. Fresh tokens must have been received
 * after the playbook started (app-sso's "Received:" time [J1], [COMM-OUT]).
 */
import type { MacState } from '../model/macState'
import { COMPLETION_CHECKS, type CompletionCheckId, type EvidenceId } from './types'

const EVIDENCE: Record<EvidenceId, (state: MacState, startedAtMs: number) => boolean> = {
  configured: (s) => s.psso.readable && s.psso.configured === true,
  companyPortalReady: (s) => s.companyPortal.installed === true && s.companyPortal.meetsMinimum === true,
  deviceRegistered: (s) => s.psso.readable && s.psso.deviceRegistered === true,
  userRegistered: (s) => s.psso.readable && s.psso.user.registered === true,
  userStateNormal: (s) => s.psso.readable && s.psso.user.stateClass === 'normal',
  tokensPresent: (s) => s.psso.readable && s.psso.tokens.present === true && s.psso.tokens.expired === false,
  // Needs-new-keys after registering: the Mac password was taken, the Microsoft sign-in is next.
  registrationUnderway: (s) =>
    s.psso.readable && (s.psso.user.stateClass === 'needsNewKeys' || s.psso.user.stateClass === 'normal'),
  tokensReceivedSinceStart: (s, startedAtMs) => {
    const { present, expired, receivedAt } = s.psso.tokens
    const received = receivedAt === null ? NaN : Date.parse(receivedAt)
    return s.psso.readable && present === true && expired === false && received > startedAtMs
  },
}

export interface CheckResult {
  passed: boolean
  satisfied: EvidenceId[]
  missing: EvidenceId[]
}

export function evaluateCheck(check: CompletionCheckId, state: MacState, startedAt: string): CheckResult {
  return evaluateEvidence(COMPLETION_CHECKS[check], state, startedAt)
}

/** Whether a fresh probe shows every piece of this evidence (a named check, or a stage's own). */
export function evaluateEvidence(
  evidenceIds: readonly EvidenceId[],
  state: MacState,
  startedAt: string,
): CheckResult {
  const startedAtMs = Date.parse(startedAt)
  const satisfied: EvidenceId[] = []
  const missing: EvidenceId[] = []
  for (const evidence of evidenceIds)
    (EVIDENCE[evidence](state, startedAtMs) ? satisfied : missing).push(evidence)
  return { passed: missing.length === 0, satisfied, missing }
}
