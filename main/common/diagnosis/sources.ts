/** The documentary sources diagnosis rules cite: keys and URLs from ../shared/docs/psso-domain.md §9. */
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
} as const

export type SourceKey = keyof typeof SOURCES
