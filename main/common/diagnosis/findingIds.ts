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
] as const

export type FindingId = (typeof FINDING_IDS)[number]
