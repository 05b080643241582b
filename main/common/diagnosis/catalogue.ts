/**
 * The findings catalogue (data): for every finding id, its severity, the facts that trigger it,
 * the playbook that fixes it, and its sources (keys of psso-domain.md, URLs in sources.ts). Its
 * two sentences, one for the user and one for the helpdesk, live in the text catalogue
 * (`finding.<id>.user`, `finding.<id>.helpdesk` in main/common/i18n/locales).
 *
 * The key order below is the order of what to do first: findings are sorted by severity, then by
 * this order (diagnosis/verdict.ts). A missing id or a missing sentence in any language is a compile error.
 */
import { inEveryLanguage, type Language } from '../i18n'
import type { PlaybookId } from '../repair/types'
import type { Severity } from '../model/macState'
import type { FindingId } from './findingIds'
import type { SourceKey } from './sources'

/** A sentence in every language of the catalogue. */
export type Localized = Record<Language, string>

export interface CatalogueEntry {
  severity: Severity
  /** The facts that trigger it, as field paths of the state model (and the user's answers). */
  triggers: string
  user: Localized
  helpdesk: Localized
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
    triggers: 'companyPortal.meetsMinimum = false (version below 5.2404.0)',
    playbook: 'not-configured',
    sources: ['IC', 'O', 'J1'],
  },
  'multiple-sso-payloads': {
    severity: 'broken',
    triggers: 'profile.ssoPayloadCount >= 2',
    playbook: 'helpdesk-handoff',
    sources: ['IC'],
  },
  'password-changed-in-entra': {
    severity: 'broken',
    triggers:
      'user reported an Entra password reset, method = password, and tokens missing or expired or user state not normal',
    playbook: 'password-reset',
    sources: ['T', 'PL', 'PRT'],
  },
  'device-not-registered': {
    severity: 'broken',
    triggers: 'psso.deviceRegistered = false (registrationCompleted false)',
    playbook: 'registration-required',
    sources: ['AD-REG', 'IC', 'T'],
  },
  'user-not-registered': {
    severity: 'broken',
    triggers: 'psso.deviceRegistered = true, psso.user.registered = false (User Configuration (null))',
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
  'tokens-expiring-soon': {
    severity: 'attention',
    triggers: 'psso.tokens.expiresAt within AppConfig.TokenExpiryWarningHours of capturedAt',
    playbook: 'refresh-tokens',
    sources: ['PRT'],
  },
  'configuration-unknown': {
    severity: 'info',
    triggers:
      'psso.configured = true and profile.source = null (neither profiles nor managed preferences readable)',
    playbook: null,
    sources: ['TS'],
  },
} as const satisfies Record<FindingId, Omit<CatalogueEntry, 'user' | 'helpdesk'>>

/** The catalogue with each finding's sentences in every language (namespace `finding.<id>.*`). */
export const FINDINGS = Object.fromEntries(
  Object.entries(ENTRIES).map(([id, entry]) => [
    id,
    {
      ...entry,
      user: inEveryLanguage(`finding.${id as FindingId}.user`),
      helpdesk: inEveryLanguage(`finding.${id as FindingId}.helpdesk`),
    },
  ]),
) as { [K in FindingId]: (typeof ENTRIES)[K] & Pick<CatalogueEntry, 'user' | 'helpdesk'> }

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
