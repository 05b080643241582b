// AppConfig is read off the key table; other features were written against its original shape, which
// must not drift (tsc checks the type, vitest the defaults).
import { describe, expect, expectTypeOf, it } from 'vitest'
import { DEFAULT_CONFIG, type AppConfig } from '../../../main/common/config/appConfig'
import { CONFIG_KEYS, CONFIG_KEY_NAMES } from '../../../main/common/config/keys'

interface OriginalAppConfig {
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
  NotificationRepeatHours: number
  MenuBarOnly: boolean
  AllowQuit: boolean
  TokenExpiryWarningHours: number
  PseudonymizeIdentifiers: boolean
  LogLevel: 'error' | 'warn' | 'info' | 'debug'
}

describe('AppConfig', () => {
  it('keeps the shape every feature codes against', () => {
    expectTypeOf<AppConfig>().toEqualTypeOf<OriginalAppConfig>()
  })

  it('defaults to the table’s defaults, key for key', () => {
    expect(Object.keys(DEFAULT_CONFIG)).toEqual(CONFIG_KEY_NAMES)
    for (const key of CONFIG_KEY_NAMES) expect(DEFAULT_CONFIG[key]).toEqual(CONFIG_KEYS[key].default)
    expect(DEFAULT_CONFIG).toMatchObject({
      PasswordChangeURL: 'https://mysignins.microsoft.com/security-info/password/change',
      Language: 'system',
      CheckIntervalMinutes: 30,
      TokenExpiryWarningHours: 48,
      ShowHelpdeskView: true,
      PseudonymizeIdentifiers: false,
    })
  })
})
