/**
 * Diagnosis rules: pure functions from the Mac's facts (and what the user told us) to findings.
 * Each rule cites its source in ../shared/docs/psso-domain.md (keys in brackets; URLs in
 * sources.ts); severities, texts and playbooks are in catalogue.ts.
 */
import { DEFAULT_CONFIG, type AppConfig } from '../config/appConfig'
import type { Finding, MacFacts, MacState, PssoMethod } from '../model/macState'
import { FINDINGS } from './catalogue'
import type { FindingId } from './findingIds'
import { sortFindings, verdictStatus } from './verdict'

/** What diagnosis needs besides the facts: configuration and the user's own answers. */
export interface DiagnosisContext {
  /** AppConfig.TokenExpiryWarningHours */
  tokenExpiryWarningHours: number
  /** The user said an admin (or they) reset their Microsoft Entra password. */
  reportedEntraPasswordReset: boolean
  /** The user expects the Mac password to follow the Entra password. */
  expectsMacPasswordToFollowEntra: boolean
}

export const DEFAULT_DIAGNOSIS_CONTEXT: DiagnosisContext = {
  tokenExpiryWarningHours: DEFAULT_CONFIG.TokenExpiryWarningHours,
  reportedEntraPasswordReset: false,
  expectsMacPasswordToFollowEntra: false,
}

/** The context from the app's configuration and the user's answers (unanswered = false). */
export function diagnosisContext(
  config: Pick<AppConfig, 'TokenExpiryWarningHours'>,
  answers: Partial<
    Pick<DiagnosisContext, 'reportedEntraPasswordReset' | 'expectsMacPasswordToFollowEntra'>
  > = {},
): DiagnosisContext {
  return { ...DEFAULT_DIAGNOSIS_CONTEXT, ...answers, tokenExpiryWarningHours: config.TokenExpiryWarningHours }
}

const HOUR_MS = 3_600_000

/** The profile's AuthenticationMethod as the state model names methods [IC], [NET-ENUM]. */
const CONFIGURED_METHODS: Record<string, PssoMethod> = {
  Password: 'password',
  UserSecureEnclaveKey: 'secureEnclaveKey',
  SmartCard: 'smartCard',
}

export function diagnose(facts: MacFacts, context: DiagnosisContext = DEFAULT_DIAGNOSIS_CONTEXT): Finding[] {
  const { psso, profile, companyPortal } = facts
  const findings: Finding[] = []
  const add = (id: FindingId, evidence: Finding['evidence']) =>
    findings.push({ id, severity: FINDINGS[id].severity, evidence })

  // The honest unknown: app-sso could not be run or read, so nothing else about PSSO can be said.
  if (!psso.readable) {
    add('state-unreadable', { 'probes.appSso.status': facts.probes.appSso.status })
    return findings
  }
  // Company Portal hosts the SSO extension; 5.2404.0 is the minimum for PSSO [IC], [O].
  if (companyPortal.installed === false) add('company-portal-missing', { 'companyPortal.installed': false })
  else if (companyPortal.meetsMinimum === false)
    add('company-portal-outdated', { 'companyPortal.version': companyPortal.version })

  // Three (null) sections: no Platform SSO configuration (app-sso-format.md §4, sample 02) [IC].
  if (psso.configured === false) {
    add('psso-not-configured', { 'psso.configured': false })
    return findings
  }

  // The profile's view: error 10002, method changes, passcode policy [IC], [T].
  if (profile.source === null)
    add('configuration-unknown', {
      'profile.source': null,
      'probes.profiles.status': facts.probes.profiles.status,
    })
  if (profile.ssoPayloadCount !== null && profile.ssoPayloadCount >= 2)
    add('multiple-sso-payloads', { 'profile.ssoPayloadCount': profile.ssoPayloadCount })
  const registeredMethod = psso.user.method && psso.user.method !== 'unknown' ? psso.user.method : psso.method
  const configuredMethod = profile.authenticationMethod
    ? (CONFIGURED_METHODS[profile.authenticationMethod] ?? null)
    : null
  if (
    configuredMethod &&
    registeredMethod &&
    registeredMethod !== 'unknown' &&
    configuredMethod !== registeredMethod
  )
    add('method-mismatch', {
      'profile.authenticationMethod': profile.authenticationMethod,
      registeredMethod,
    })
  const method = registeredMethod ?? configuredMethod
  if (profile.passcodePolicyPresent === true && method === 'password')
    add('passcode-policy-with-password-method', { 'profile.passcodePolicyPresent': true, method })
  // Secure Enclave: the local password never follows Entra; explain, don't repair [IC], [O].
  if (method === 'secureEnclaveKey' && context.expectsMacPasswordToFollowEntra)
    add('secure-enclave-password-expectation', { method, 'user.expectsMacPasswordToFollowEntra': true })

  // Device registration comes first, then each user [AD-REG].
  if (psso.deviceRegistered === false) {
    add('device-not-registered', { 'psso.deviceRegistered': false })
    return findings
  }
  if (psso.user.registered === false) {
    add('user-not-registered', { 'psso.user.registered': false })
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
    add(id, { 'psso.user.stateName': psso.user.stateName })
  }
  // Healthy output shows SSO tokens at the bottom [J1]; expiry is judged at the capture's time,
  // renewal is due every 4 hours [PRT].
  const { tokens } = psso
  if (tokens.present === false) add('tokens-missing', { 'psso.tokens.present': false })
  else if (tokens.expired === true)
    add('tokens-expired', { 'psso.tokens.expiresAt': tokens.expiresAt, capturedAt: facts.capturedAt })
  else if (
    tokens.expired === false &&
    tokens.expiresAt !== null &&
    Date.parse(tokens.expiresAt) - Date.parse(facts.capturedAt) <= context.tokenExpiryWarningHours * HOUR_MS
  )
    add('tokens-expiring-soon', {
      'psso.tokens.expiresAt': tokens.expiresAt,
      capturedAt: facts.capturedAt,
      warningHours: context.tokenExpiryWarningHours,
    })

  // Password method after an Entra reset: tokens revoked, the Mac's password not synced [T], [PL], [PRT].
  // The Mac cannot tell a reset from other failures, so the user's report is required.
  const signsOfReset =
    tokens.present === false || tokens.expired === true || (stateClass !== null && stateClass !== 'normal')
  if (method === 'password' && signsOfReset && context.reportedEntraPasswordReset)
    add('password-changed-in-entra', {
      method,
      'user.reportedEntraPasswordReset': true,
      'psso.tokens.present': tokens.present,
      'psso.tokens.expired': tokens.expired,
      'psso.user.stateName': psso.user.stateName,
    })
  return findings
}

/** Facts plus their verdict: the complete state model. */
export function withVerdict(
  facts: MacFacts,
  context: DiagnosisContext = DEFAULT_DIAGNOSIS_CONTEXT,
): MacState {
  const findings = sortFindings(diagnose(facts, context))
  return { ...facts, verdict: { status: verdictStatus(findings), findings } }
}
