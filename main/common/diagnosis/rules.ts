/**
 * Diagnosis rules: pure functions from the Mac's facts (and what the user told us) to findings.
 * Each rule cites its source in ../shared/docs/psso-domain.md (keys in brackets; URLs in
 * sources.ts); severities, texts and playbooks are in catalogue.ts.
 */
import { DEFAULT_CONFIG, type AppConfig } from '../config/appConfig'
import type { Finding, MacFacts, MacState, PssoMethod, SignInEvent } from '../model/macState'
import { macOSMajorMinorOf } from '../model/macOSVersion'
import { FINDINGS } from './catalogue'
import type { FindingId } from './findingIds'
import { SIGN_IN_SIGNATURES } from './signInSignatures'
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
  // The log's errors that still stand at the capture, read once for every rule that looks.
  const standing = activeLogEvents(facts)
  const logEvidence = (finding: FindingId) => activeLogEvidence(standing, finding)
  // Company Portal hosts the SSO extension; 5.2404.0 is the minimum for PSSO, 5.2604.0 for macOS 26's
  // Setup Assistant registration [IC], [O], [IADE].
  if (companyPortal.installed === false) add('company-portal-missing', { 'companyPortal.installed': false })
  else if (companyPortal.meetsMinimum === false)
    add('company-portal-outdated', {
      'companyPortal.version': companyPortal.version,
      'companyPortal.minimumVersion': companyPortal.minimumVersion,
    })
  // macOS 15.0–15.2 prompts to register again and again; fixed in 15.3 [T].
  const version = macOSMajorMinorOf(facts.os.version)
  const promptsEvidence = logEvidence('macos-registration-prompts')
  if ((version && version[0] === 15 && version[1] <= 2) || promptsEvidence)
    add('macos-registration-prompts', { 'os.version': facts.os.version, ...promptsEvidence })

  // Three (null) sections: no Platform SSO configuration (app-sso-format.md §4, sample 02) [IC]. With
  // the profile installed, the extension did not activate (seen after macOS updates) [T], [PL].
  if (psso.configured === false) {
    if (profile.platformSsoPayloadCount !== null && profile.platformSsoPayloadCount >= 1)
      add('extension-not-active', {
        'psso.configured': false,
        'profile.platformSsoPayloadCount': profile.platformSsoPayloadCount,
      })
    else add('psso-not-configured', { 'psso.configured': false })
    return findings
  }

  // The profile's view: error 10002, method changes, passcode policy [IC], [T].
  if (profile.source === null)
    add('configuration-unknown', {
      'profile.source': null,
      'probes.profiles.status': facts.probes.profiles.status,
    })
  // Only the Platform SSO extension twice is error 10002; Kerberos SSO beside it is documented [KRB], [AY].
  if (profile.platformSsoPayloadCount !== null && profile.platformSsoPayloadCount >= 2)
    add('multiple-sso-payloads', { 'profile.platformSsoPayloadCount': profile.platformSsoPayloadCount })
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

  // The Mac's own sign-in log: a disabled or deleted device in Entra [AADSTS].
  const addFromLog = (ids: readonly FindingId[]) => {
    for (const id of ids) {
      const evidence = logEvidence(id)
      if (evidence) add(id, evidence)
    }
  }
  addFromLog(['device-disabled-in-entra', 'device-deleted-in-entra', 'device-authentication-failed'])

  // Device registration comes first, then each user [AD-REG]. macOS 26 Simplified Setup: the
  // helpdesk needs its own facts [IADE], [T].
  if (psso.deviceRegistered === false) {
    if (psso.deviceSettings.createFirstUserDuringSetupEnabled === true)
      add('setup-assistant-registration', { 'psso.deviceSettings.createFirstUserDuringSetupEnabled': true })
    add('device-not-registered', { 'psso.deviceRegistered': false })
    return findings
  }
  // An account the profile excludes (NonPlatformSSOAccounts) is never asked to register [AY], [ISC].
  if (profile.currentAccountExcluded === true) {
    add('account-excluded', { 'profile.currentAccountExcluded': true })
    return findings
  }
  if (psso.user.configurationPresent === false) {
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
          : /NeedsBinding/i.test(psso.user.stateName ?? '')
            ? 'user-needs-binding'
            : 'user-state-unrecognized'
    add(id, { 'psso.user.stateName': psso.user.stateName })
    // A Company Portal update can ask for registration again: reopen it or restart [T], [PL].
    const lastSignIn = psso.user.lastLoginAt ?? psso.tokens.receivedAt
    const updatedAt = companyPortal.updatedAt
    if (
      updatedAt &&
      lastSignIn &&
      Date.parse(updatedAt) > Date.parse(lastSignIn) &&
      Date.parse(updatedAt) <= Date.parse(facts.capturedAt)
    )
      add('company-portal-updated', {
        'companyPortal.updatedAt': updatedAt,
        'psso.user.lastLoginAt': psso.user.lastLoginAt,
      })
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

  // What the SSO extension's log says about the last refreshes [AADSTS], [TS].
  addFromLog([
    'sign-in-password-rejected',
    'entra-password-expired',
    'sign-in-blocked-by-conditional-access',
    'refresh-token-expired-inactivity',
    'sign-in-mfa-required',
    'tls-inspection-suspected',
  ])

  // After an Entra reset the tokens are revoked and the Mac's password is not synced [T], [PL], [PRT].
  // A revoked grant in the extension's log says so without asking [AADSTS]; otherwise the Mac cannot
  // tell a reset from other failures, and the user's report is required (password method).
  const resetInLog = logEvidence('password-changed-in-entra')
  const signsOfReset =
    tokens.present === false || tokens.expired === true || (stateClass !== null && stateClass !== 'normal')
  if (resetInLog) add('password-changed-in-entra', { method, ...resetInLog })
  else if (method === 'password' && signsOfReset && context.reportedEntraPasswordReset)
    add('password-changed-in-entra', {
      method,
      'user.reportedEntraPasswordReset': true,
      'psso.tokens.present': tokens.present,
      'psso.tokens.expired': tokens.expired,
      'psso.user.stateName': psso.user.stateName,
    })
  else addFromLog(['sign-in-refresh-failed'])
  return findings
}

const DAY_MS = 24 * HOUR_MS

/** The newest of the standing log errors (activeLogEvents) for a finding, as evidence; null when none. */
function activeLogEvidence(standing: readonly SignInEvent[], finding: FindingId): Finding['evidence'] | null {
  const event = standing.filter((e) => signatureFinding(e) === finding).at(-1)
  return event
    ? { 'signInLog.at': event.at, 'signInLog.signature': event.signature, 'signInLog.line': event.line }
    : null
}

/**
 * The log errors that still stand at the capture: newer than the last tokens (app-sso's Received,
 * or a refresh the log shows) and not newer than the capture, within its 24 hours. An error
 * followed by fresh tokens is history (the timeline), not a finding.
 */
export function activeLogEvents(facts: MacFacts): SignInEvent[] {
  const captured = Date.parse(facts.capturedAt)
  const within = (e: SignInEvent) => {
    const at = Date.parse(e.at)
    return at <= captured && at >= captured - DAY_MS
  }
  const events = (facts.signInLog?.events ?? []).filter(within)
  const refreshes = [
    facts.psso.tokens.receivedAt,
    ...events.filter((e) => e.kind === 'tokensReceived').map((e) => e.at),
  ]
    .filter((at): at is string => at !== null)
    .map(Date.parse)
  const lastTokens = refreshes.length > 0 ? Math.max(...refreshes) : -Infinity
  return events.filter((e) => e.kind === 'error' && Date.parse(e.at) > lastTokens)
}

const signatureFinding = (event: SignInEvent): FindingId | null =>
  SIGN_IN_SIGNATURES.find((s) => s.id === event.signature)?.finding ?? null

/** Facts plus their verdict: the complete state model. */
export function withVerdict(
  facts: MacFacts,
  context: DiagnosisContext = DEFAULT_DIAGNOSIS_CONTEXT,
): MacState {
  const findings = sortFindings(diagnose(facts, context))
  return { ...facts, verdict: { status: verdictStatus(findings), findings } }
}
