/**
 * Stable finding ids. They are a public contract (status --json, reports, history) and the support
 * code encodes a finding by its index in this list: append new ids at the end, never reorder or
 * remove one.
 */
export const FINDING_IDS = [
  'state-unreadable',
  'psso-not-configured',
  'company-portal-missing',
  'company-portal-outdated',
  'device-not-registered',
  'user-not-registered',
  'user-needs-registration',
  'user-needs-new-keys',
  'user-state-unrecognized',
  'tokens-missing',
  'tokens-expired',
  'tokens-expiring-soon',
  'password-changed-in-entra',
  'secure-enclave-password-expectation',
  'multiple-sso-payloads',
  'method-mismatch',
  'passcode-policy-with-password-method',
  'configuration-unknown',
  'account-excluded',
  'user-needs-binding',
  'sign-in-password-rejected',
  'entra-password-expired',
  'sign-in-mfa-required',
  'sign-in-blocked-by-conditional-access',
  'device-authentication-failed',
  'device-disabled-in-entra',
  'device-deleted-in-entra',
  'refresh-token-expired-inactivity',
  'sign-in-refresh-failed',
  'tls-inspection-suspected',
  'macos-registration-prompts',
  'company-portal-updated',
  'extension-not-active',
  'setup-assistant-registration',
] as const

export type FindingId = (typeof FINDING_IDS)[number]

export const isFindingId = (id: string): id is FindingId => (FINDING_IDS as readonly string[]).includes(id)
