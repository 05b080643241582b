/**
 * The managed-configuration key table: the single source for the reader (main/node/config), the
 * `AppConfig` type, docs/configuration.md and every admin sample (Jamf schema, ProfileCreator
 * manifest, Intune preference file, .mobileconfig), which scripts/generated-files.ts derives from it.
 * Key names are a public contract admins type into profiles: never rename one.
 */
import { inEveryLanguage, LANGUAGE_SETTINGS, type Language } from '../i18n'
import { LOG_LEVELS } from '../logger'
import { PLAYBOOK_IDS } from '../repair/playbookIds'

/** The plist type an admin writes; the reader accepts nothing else for the key. */
export type PlistType = 'string' | 'boolean' | 'integer' | 'array'

/** How a string value is checked beyond its type. */
export type StringFormat = 'text' | 'url' | 'email' | 'phone' | 'id'

interface KeyBase<T> {
  /** null = not set (the app shows nothing for it). */
  default: T
  example: Exclude<T, null>
}

export type ConfigKeySpec =
  | (KeyBase<string | null> & { type: 'string'; format: StringFormat; allowed?: undefined })
  | (KeyBase<string> & { type: 'string'; format: 'text'; allowed: readonly string[] })
  | (KeyBase<boolean> & { type: 'boolean' })
  | (KeyBase<number> & { type: 'integer'; min: number; max: number })
  | (KeyBase<string[] | null> & { type: 'array'; format: 'id'; allowed?: readonly string[] })

export const CONFIG_KEYS = {
  OrganizationName: {
    type: 'string',
    format: 'text',
    default: null,
    example: 'Contoso',
  },
  SupportPhone: {
    type: 'string',
    format: 'phone',
    default: null,
    example: '+81 3-1234-5678',
  },
  SupportEmail: {
    type: 'string',
    format: 'email',
    default: null,
    example: 'helpdesk@contoso.com',
  },
  SupportURL: {
    type: 'string',
    format: 'url',
    default: null,
    example: 'https://support.contoso.com/mac-sign-in',
  },
  PasswordChangeURL: {
    type: 'string',
    format: 'url',
    default: 'https://mysignins.microsoft.com/security-info/password/change',
    example: 'https://passwordreset.contoso.com',
  },
  HelpdeskHours: {
    type: 'string',
    format: 'text',
    default: null,
    example: 'Weekdays 9:00–18:00 JST',
  },
  Language: {
    type: 'string',
    format: 'text',
    allowed: LANGUAGE_SETTINGS,
    default: 'system',
    example: 'ja',
  },
  EnabledPlaybooks: {
    type: 'array',
    format: 'id',
    default: null,
    allowed: PLAYBOOK_IDS,
    example: ['password-reset', 'helpdesk-handoff'],
  },
  ShowHelpdeskView: {
    type: 'boolean',
    default: true,
    example: false,
  },
  CheckIntervalMinutes: {
    type: 'integer',
    min: 5,
    max: 1440,
    default: 30,
    example: 60,
  },
  NotificationsEnabled: {
    type: 'boolean',
    default: true,
    example: false,
  },
  NotificationRepeatHours: {
    type: 'integer',
    min: 1,
    max: 720,
    default: 24,
    example: 8,
  },
  MenuBarOnly: {
    type: 'boolean',
    default: false,
    example: true,
  },
  AllowQuit: {
    type: 'boolean',
    default: true,
    example: false,
  },
  TokenExpiryWarningHours: {
    type: 'integer',
    min: 1,
    max: 720,
    default: 48,
    example: 24,
  },
  PseudonymizeIdentifiers: {
    type: 'boolean',
    default: false,
    example: true,
  },
  LogLevel: {
    type: 'string',
    format: 'text',
    allowed: LOG_LEVELS,
    default: 'info',
    example: 'debug',
  },
} as const satisfies Record<string, ConfigKeySpec>

export type ConfigKey = keyof typeof CONFIG_KEYS
export const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS) as ConfigKey[]

/**
 * A key's description for admins, in every language (namespace `config.*` of the text catalogue,
 * so translators find it beside the app's texts and a new language documents the keys too).
 */
export function keyDescription(key: ConfigKey): Record<Language, string> {
  return inEveryLanguage(`config.${key}`)
}

/** The TypeScript type of a key's effective value, read off the table. */
type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'integer' }
    ? number
    : S extends { type: 'array' }
      ? string[] | null
      : S extends { allowed: readonly (infer A)[] }
        ? A
        : S extends { default: null }
          ? string | null
          : string

export type ConfigValues = { -readonly [K in ConfigKey]: ValueOf<(typeof CONFIG_KEYS)[K]> }

export function isConfigKey(name: string): name is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, name)
}

/** Where an effective value came from, strongest first. */
export const CONFIG_SOURCES = ['managed-user', 'managed-device', 'user', 'default'] as const
export type ConfigSource = (typeof CONFIG_SOURCES)[number]

/** True when a profile set the value: the app shows "set by your organisation" and offers no change. */
export function isSetByOrganization(source: ConfigSource): boolean {
  return source === 'managed-user' || source === 'managed-device'
}
