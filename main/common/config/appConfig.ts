/**
 * The app's effective configuration, as every feature reads it. Values come from managed
 * preferences (a profile), the user's own preferences, or these defaults; main/node/config reads
 * and validates them. Key names are a public contract admins type into profiles (PascalCase, as
 * Apple and Nudge name theirs).
 */
export interface AppConfig {
  OrganizationName: string | null
  SupportPhone: string | null
  SupportEmail: string | null
  SupportURL: string | null
  PasswordChangeURL: string
  HelpdeskHours: string | null
  Language: 'system' | 'en' | 'ja'
  EnabledPlaybooks: string[] | null
  ShowHelpdeskView: boolean
  CheckIntervalMinutes: number
  NotificationsEnabled: boolean
  TokenExpiryWarningHours: number
  PseudonymizeIdentifiers: boolean
  LogLevel: 'error' | 'warn' | 'info' | 'debug'
}

export const DEFAULT_CONFIG: AppConfig = {
  OrganizationName: null,
  SupportPhone: null,
  SupportEmail: null,
  SupportURL: null,
  // Microsoft's own page for changing an Entra password works in every tenant.
  PasswordChangeURL: 'https://mysignins.microsoft.com/security-info/password/change',
  HelpdeskHours: null,
  Language: 'system',
  EnabledPlaybooks: null,
  ShowHelpdeskView: true,
  CheckIntervalMinutes: 30,
  NotificationsEnabled: true,
  TokenExpiryWarningHours: 48,
  PseudonymizeIdentifiers: false,
  LogLevel: 'info',
}
