/**
 * Diagnosis rules: pure functions from the Mac's facts to findings. Each rule cites its source in
 * ../shared/docs/psso-domain.md (keys in brackets are that file's source list).
 */
import type { Finding, MacFacts, MacState } from '../model/macState'
import { sortFindings, verdictStatus } from './verdict'

export function diagnose(facts: MacFacts): Finding[] {
  const { psso } = facts
  const findings: Finding[] = []
  const add = (id: Finding['id'], severity: Finding['severity'], evidence: Finding['evidence']) =>
    findings.push({ id, severity, evidence })

  // The honest unknown: app-sso could not be run or read, so nothing else about PSSO can be said.
  if (!psso.readable) {
    add('state-unreadable', 'unknown', { 'probes.appSso.status': facts.probes.appSso.status })
    return findings
  }
  // Three (null) sections: no Platform SSO configuration (app-sso-format.md §4, sample 02).
  if (psso.configured === false) {
    add('psso-not-configured', 'notConfigured', { 'psso.configured': false })
    return findings
  }
  // Device registration comes first, then each user [AD-REG].
  if (psso.deviceRegistered === false) {
    add('device-not-registered', 'broken', { 'psso.deviceRegistered': false })
    return findings
  }
  if (psso.user.registered === false) {
    add('user-not-registered', 'broken', { 'psso.user.registered': false })
    return findings
  }
  // Parse the symbolic state name, not the number [SK], [IPSW].
  const stateClass = psso.user.stateClass
  if (stateClass && stateClass !== 'normal') {
    const id =
      stateClass === 'needsRegistration'
        ? 'user-needs-registration'
        : stateClass === 'needsNewKeys'
          ? 'user-needs-new-keys'
          : 'user-state-unrecognized'
    add(id, 'broken', { 'psso.user.stateName': psso.user.stateName })
  }
  // Healthy output shows SSO tokens at the bottom [J1]; expiry is judged at the capture's time.
  if (psso.tokens.present === false) add('tokens-missing', 'broken', { 'psso.tokens.present': false })
  else if (psso.tokens.expired === true)
    add('tokens-expired', 'broken', {
      'psso.tokens.expiresAt': psso.tokens.expiresAt,
      capturedAt: facts.capturedAt,
    })
  return findings
}

/** Facts plus their verdict: the complete state model. */
export function withVerdict(facts: MacFacts): MacState {
  const findings = sortFindings(diagnose(facts))
  return { ...facts, verdict: { status: verdictStatus(findings), findings } }
}
