/**
 * The documentary sources diagnosis rules cite: keys and URLs from ../shared/docs/psso-domain.md §9,
 * plus the ones this catalogue adds in the same style (KRB, AADSTS, RFC6749, AP-DM, PPPC).
 */
export const SOURCES = {
  T: 'https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-macos-platform-single-sign-on-extension',
  O: 'https://learn.microsoft.com/en-us/entra/identity/devices/macos-psso',
  J1: 'https://learn.microsoft.com/en-us/entra/identity/devices/device-join-macos-platform-single-sign-on',
  TS: 'https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-mac-sso-extension-plugin',
  PL: 'https://learn.microsoft.com/en-us/entra/identity-platform/apple-sso-plugin',
  PRT: 'https://learn.microsoft.com/en-us/entra/identity/devices/concept-primary-refresh-token',
  IC: 'https://learn.microsoft.com/en-us/intune/device-configuration/settings-catalog/configure-platform-sso-macos',
  SH: 'https://learn.microsoft.com/en-us/entra/identity/devices/device-join-macos-platform-single-sign-on-multi-user-device',
  'AD-REG': 'https://developer.apple.com/documentation/authenticationservices/registering-devices-and-users',
  AY: 'https://github.com/apple/device-management/blob/release/mdm/profiles/com.apple.extensiblesso.yaml',
  SK: 'https://github.com/ScottEKendall/Microsoft-Platform-SSO',
  IPSW: 'https://github.com/blacktop/ipsw',
  MAN: 'https://keith.github.io/xcode-man-pages/app-sso.1.html',
  ISC: 'https://learn.microsoft.com/en-us/intune/device-configuration/settings-catalog/configure-platform-sso-scenarios-macos',
  IADE: 'https://learn.microsoft.com/en-us/intune/device-configuration/settings-catalog/configure-platform-sso-during-enrollment',
  CPP: 'https://learn.microsoft.com/en-us/intune/intune-service/user-help/intune-company-portal-preferences-macos',
  'CPP-JA':
    'https://learn.microsoft.com/ja-jp/intune/intune-service/user-help/intune-company-portal-preferences-macos',
  'T-JA':
    'https://learn.microsoft.com/ja-jp/entra/identity/devices/troubleshoot-macos-platform-single-sign-on-extension',
  KRB: 'https://learn.microsoft.com/en-us/entra/identity/devices/device-join-macos-platform-single-sign-on-kerberos-configuration',
  AADSTS: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  RFC6749: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
  'AP-DM': 'https://support.apple.com/guide/mac-help/mh35561/mac',
  PPPC: 'https://github.com/apple/device-management/blob/release/mdm/profiles/com.apple.TCC.configuration-profile-policy.yaml',
} as const

export type SourceKey = keyof typeof SOURCES
