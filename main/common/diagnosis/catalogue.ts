/**
 * The findings catalogue (data): for every finding id, its severity, the facts that trigger it,
 * the playbook that fixes it, and its sources (keys of psso-domain.md, URLs in sources.ts). Its
 * two sentences, one for the user and one for the helpdesk, live in the text catalogue
 * (`finding.<id>.user`, `finding.<id>.helpdesk` in main/common/i18n/locales).
 *
 * The key order below is the order of what to do first: findings are sorted by severity, then by
 * this order (diagnosis/verdict.ts). A missing id is a compile error here; a missing sentence in any
 * language is one where it is read (`t(language, \`finding.${id}.user\`)`).
 */
import type { PlaybookId } from '../repair/types'
import type { Severity } from '../model/macState'
import type { FindingId } from './findingIds'
import type { SourceKey } from './sources'

export interface CatalogueEntry {
  severity: Severity
  /** The facts that trigger it, as field paths of the state model (and the user's answers). */
  triggers: string
  /** null = nothing for the user to do (information for the helpdesk). */
  playbook: PlaybookId | null
  sources: readonly SourceKey[]
}

const ENTRIES = {
  'state-unreadable': {
    severity: 'unknown',
    triggers: 'psso.readable = false (app-sso missing, timed out, failed or unparsable)',
    playbook: 'helpdesk-handoff',
    sources: ['MAN', 'T'],
  },
  'psso-not-configured': {
    severity: 'notConfigured',
    triggers: 'psso.configured = false (Device, Login and User Configuration all (null))',
    playbook: 'not-configured',
    sources: ['IC', 'TS'],
  },
  'company-portal-missing': {
    severity: 'broken',
    triggers: 'companyPortal.installed = false',
    playbook: 'not-configured',
    sources: ['IC', 'O'],
  },
  'company-portal-outdated': {
    severity: 'broken',
    triggers:
      'companyPortal.meetsMinimum = false (below companyPortal.minimumVersion: 5.2404.0, or 5.2604.0 on macOS 26)',
    playbook: 'not-configured',
    sources: ['IC', 'O', 'J1', 'IADE'],
  },
  'extension-not-active': {
    severity: 'broken',
    triggers:
      'psso.configured = false while profile.platformSsoPayloadCount >= 1 (the profile is there, the extension did not activate, e.g. after a macOS update)',
    playbook: 'helpdesk-handoff',
    sources: ['T', 'PL', 'TS'],
  },
  'multiple-sso-payloads': {
    severity: 'broken',
    triggers:
      'profile.platformSsoPayloadCount >= 2 (payloads for the Platform SSO extension; Kerberos SSO payloads never count)',
    playbook: 'helpdesk-handoff',
    sources: ['IC', 'AY', 'KRB'],
  },
  'device-disabled-in-entra': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS135011 newer than the last tokens and not newer than capturedAt',
    playbook: 'helpdesk-handoff',
    sources: ['AADSTS', 'TS'],
  },
  'device-deleted-in-entra': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS700003 newer than the last tokens and not newer than capturedAt',
    playbook: 'registration-required',
    sources: ['AADSTS', 'TS'],
  },
  'device-authentication-failed': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS50097 or AADSTS50155 newer than the last tokens',
    playbook: 'registration-required',
    sources: ['AADSTS', 'PL'],
  },
  'password-changed-in-entra': {
    severity: 'broken',
    triggers:
      'user reported an Entra password reset, method = password, and tokens missing or expired or user state not normal',
    playbook: 'password-reset',
    sources: ['T', 'PL', 'PRT', 'AADSTS'],
  },
  'sign-in-password-rejected': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS50126 (wrong user name or password) newer than the last tokens',
    playbook: 'password-reset',
    sources: ['AADSTS', 'T'],
  },
  'entra-password-expired': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS50055 or AADSTS50144 (password expired) newer than the last tokens',
    playbook: 'password-reset',
    sources: ['AADSTS', 'T'],
  },
  'sign-in-blocked-by-conditional-access': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS53003 newer than the last tokens',
    playbook: 'helpdesk-handoff',
    sources: ['AADSTS', 'PL'],
  },
  'setup-assistant-registration': {
    severity: 'info',
    triggers:
      'psso.deviceSettings.createFirstUserDuringSetupEnabled = true and psso.deviceRegistered = false (macOS 26 Simplified Setup)',
    playbook: null,
    sources: ['IADE', 'T'],
  },
  'device-not-registered': {
    severity: 'broken',
    triggers: 'psso.deviceRegistered = false (registrationCompleted false)',
    playbook: 'registration-required',
    sources: ['AD-REG', 'IC', 'T'],
  },
  'user-not-registered': {
    severity: 'broken',
    triggers:
      'psso.deviceRegistered = true, psso.user.configurationPresent = false (User Configuration (null))',
    playbook: 'register-user',
    sources: ['AD-REG', 'SH'],
  },
  'method-mismatch': {
    severity: 'attention',
    triggers:
      'profile.authenticationMethod differs from the registered method (psso.user.method or psso.method)',
    playbook: 'registration-required',
    sources: ['IC', 'AY'],
  },
  'user-needs-registration': {
    severity: 'broken',
    triggers: 'psso.user.stateClass = needsRegistration (e.g. POUserStateNeedsRegistration)',
    playbook: 'registration-required',
    sources: ['T', 'SK'],
  },
  'user-needs-new-keys': {
    severity: 'broken',
    triggers: 'psso.user.stateClass = needsNewKeys (e.g. POUserStateNeedsNewKeys)',
    playbook: 'registration-required',
    sources: ['T', 'SK'],
  },
  'user-needs-binding': {
    severity: 'broken',
    triggers: 'psso.user.stateName = POUserStateNeedsBinding (macOS 26)',
    playbook: 'refresh-tokens',
    sources: ['IPSW'],
  },
  'user-state-unrecognized': {
    severity: 'broken',
    triggers:
      'psso.user.stateClass = other (a state name this version does not know, e.g. POUserStateNeedsBinding)',
    playbook: 'registration-required',
    sources: ['IPSW', 'SK'],
  },
  'passcode-policy-with-password-method': {
    severity: 'attention',
    triggers: 'profile.passcodePolicyPresent = true and the method is password',
    playbook: 'helpdesk-handoff',
    sources: ['T', 'IC'],
  },
  'refresh-token-expired-inactivity': {
    severity: 'broken',
    triggers: 'signInLog: AADSTS700082 (refresh token expired by inactivity) newer than the last tokens',
    playbook: 'refresh-tokens',
    sources: ['AADSTS', 'PRT'],
  },
  'tokens-missing': {
    severity: 'broken',
    triggers: 'psso.tokens.present = false (no SSO Tokens section)',
    playbook: 'refresh-tokens',
    sources: ['J1', 'PRT'],
  },
  'tokens-expired': {
    severity: 'broken',
    triggers: 'psso.tokens.expired = true (expiresAt at or before capturedAt)',
    playbook: 'refresh-tokens',
    sources: ['PRT', 'J1'],
  },
  'secure-enclave-password-expectation': {
    severity: 'info',
    triggers: 'method = secureEnclaveKey and the user expects the Mac password to follow the Entra password',
    playbook: 'secure-enclave-password',
    sources: ['IC', 'O'],
  },
  'sign-in-mfa-required': {
    severity: 'attention',
    triggers: 'signInLog: AADSTS50076 or AADSTS50079 newer than the last tokens',
    playbook: 'helpdesk-handoff',
    sources: ['AADSTS', 'T'],
  },
  'sign-in-refresh-failed': {
    severity: 'attention',
    triggers: 'signInLog: invalid_grant without a more specific AADSTS code, newer than the last tokens',
    playbook: 'refresh-tokens',
    sources: ['RFC6749', 'AADSTS', 'PRT'],
  },
  'tls-inspection-suspected': {
    severity: 'attention',
    triggers:
      'signInLog: an untrusted-certificate error (NSURLErrorDomain -1201..-1204) newer than the last tokens',
    playbook: 'helpdesk-handoff',
    sources: ['T', 'PL'],
  },
  'macos-registration-prompts': {
    severity: 'attention',
    triggers:
      'os.version 15.0–15.2, or com.apple.PlatformSSO Code=-1001 in the AppSSO log: fixed in macOS 15.3',
    playbook: null,
    sources: ['T'],
  },
  'company-portal-updated': {
    severity: 'attention',
    triggers:
      'psso.user.stateClass is not normal and companyPortal.updatedAt is after the last sign-in (psso.user.lastLoginAt or tokens) and not after capturedAt',
    playbook: null,
    sources: ['T', 'PL'],
  },
  'tokens-expiring-soon': {
    severity: 'attention',
    triggers: 'psso.tokens.expiresAt within AppConfig.TokenExpiryWarningHours of capturedAt',
    playbook: 'refresh-tokens',
    sources: ['PRT'],
  },
  'account-excluded': {
    severity: 'info',
    triggers: 'profile.currentAccountExcluded = true (the account is in PlatformSSO NonPlatformSSOAccounts)',
    playbook: null,
    sources: ['AY', 'ISC'],
  },
  'configuration-unknown': {
    severity: 'info',
    triggers:
      'psso.configured = true and profile.source = null (neither profiles nor managed preferences readable)',
    playbook: null,
    sources: ['TS'],
  },
} as const satisfies Record<FindingId, CatalogueEntry>

/** The catalogue; each finding's sentences are read from the text catalogue (`finding.<id>.*`). */
export const FINDINGS = ENTRIES

/** What to do first, among findings of the same severity: the catalogue's key order. */
export const FINDING_PRIORITY = Object.keys(FINDINGS) as FindingId[]

/** The repair to offer for a verdict: the playbook of the first finding that has one. */
export function playbookForFindings(
  findings: readonly { id: FindingId }[],
): { findingId: FindingId; playbookId: PlaybookId } | null {
  for (const { id } of findings) {
    const playbookId = FINDINGS[id].playbook
    if (playbookId) return { findingId: id, playbookId }
  }
  return null
}
