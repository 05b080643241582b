/**
 * The sign-in error signatures the Microsoft Enterprise SSO extension's log can carry, as data: the
 * text to match, the finding it implies and its source (Microsoft's AADSTS reference [AADSTS];
 * `invalid_grant` is OAuth 2.0's error for a refresh token that is invalid, expired or revoked
 * [RFC6749]). A log line matches the first signature whose pattern it contains.
 */
import type { FindingId } from './findingIds'
import type { SourceKey } from './sources'

export interface SignInSignature {
  /** What the evidence names: `AADSTS50173`, `invalid_grant`, … */
  id: string
  /** Matched against the message as a whole word; AADSTS codes also match `error code <n>` forms. */
  pattern: RegExp
  meaning: string
  finding: FindingId
  sources: readonly SourceKey[]
}

const aadsts = (code: number, meaning: string, finding: FindingId): SignInSignature => ({
  id: `AADSTS${code}`,
  pattern: new RegExp(`\\bAADSTS${code}\\b`),
  meaning,
  finding,
  sources: ['AADSTS'],
})

export const SIGN_IN_SIGNATURES: readonly SignInSignature[] = [
  aadsts(50173, 'the grant was revoked: the password was changed or reset', 'password-changed-in-entra'),
  aadsts(50133, 'the session is invalid after a password change or expiry', 'password-changed-in-entra'),
  aadsts(50126, 'wrong user name or password', 'sign-in-password-rejected'),
  aadsts(50055, 'the password has expired', 'entra-password-expired'),
  aadsts(50144, 'the Active Directory password has expired', 'entra-password-expired'),
  aadsts(50076, 'multifactor authentication is required', 'sign-in-mfa-required'),
  aadsts(50079, 'the user must register for multifactor authentication', 'sign-in-mfa-required'),
  aadsts(53003, 'blocked by Conditional Access', 'sign-in-blocked-by-conditional-access'),
  aadsts(50097, 'device authentication is required', 'device-authentication-failed'),
  aadsts(50155, 'device authentication failed', 'device-authentication-failed'),
  aadsts(135011, 'the device is disabled in Microsoft Entra ID', 'device-disabled-in-entra'),
  aadsts(700003, 'the device object was not found: deleted in Microsoft Entra ID', 'device-deleted-in-entra'),
  aadsts(700082, 'the refresh token expired because it was not used', 'refresh-token-expired-inactivity'),
  {
    id: 'invalid_grant',
    pattern: /\binvalid_grant\b/,
    meaning: 'the refresh token was refused (invalid, expired or revoked)',
    finding: 'sign-in-refresh-failed',
    sources: ['RFC6749', 'AADSTS'],
  },
  {
    // macOS 15.0–15.2: AppSSOAgent and AppSSODaemon corrupt the device configuration; fixed in 15.3 [T].
    id: 'PlatformSSO-1001',
    pattern: /com\.apple\.PlatformSSO Code=-1001\b/,
    meaning: 'the device configuration could not be read (macOS 15.0–15.2 issue, fixed in 15.3)',
    finding: 'macos-registration-prompts',
    sources: ['T'],
  },
  {
    // A certificate Apple's roots do not trust on Microsoft's sign-in hosts: TLS inspection [T], [PL].
    id: 'NSURLErrorServerCertificateUntrusted',
    pattern:
      /NSURLErrorDomain[^\n]{0,40}-120[1-4]\b|\b-120[1-4]\b[^\n]{0,40}NSURLErrorDomain|certificate for this server is invalid/,
    meaning: 'the sign-in host presented a certificate macOS does not trust (TLS inspection)',
    finding: 'tls-inspection-suspected',
    sources: ['T', 'PL'],
  },
]

/** The first signature a message carries; null when it carries none. */
export function matchSignInSignature(message: string): SignInSignature | null {
  return SIGN_IN_SIGNATURES.find((signature) => signature.pattern.test(message)) ?? null
}
