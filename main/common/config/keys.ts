/**
 * The managed-configuration key table: the single source for the reader (main/node/config), the
 * `AppConfig` type, docs/configuration.md and every admin sample (Jamf schema, ProfileCreator
 * manifest, Intune preference file, .mobileconfig), which scripts/generated-files.ts derives from it.
 * Key names are a public contract admins type into profiles: never rename one.
 */
import { LOG_LEVELS } from '../logger'
import { PLAYBOOK_IDS } from '../playbooks/playbookIds'

/** The plist type an admin writes; the reader accepts nothing else for the key. */
export type PlistType = 'string' | 'boolean' | 'integer' | 'array'

/** How a string value is checked beyond its type. */
export type StringFormat = 'text' | 'url' | 'email' | 'phone' | 'id'

interface KeyBase<T> {
  /** null = not set (the app shows nothing for it). */
  default: T
  example: Exclude<T, null>
  description: { en: string; ja: string }
}

export type ConfigKeySpec =
  | (KeyBase<string | null> & { type: 'string'; format: StringFormat; allowed?: undefined })
  | (KeyBase<string> & { type: 'string'; format: 'text'; allowed: readonly string[] })
  | (KeyBase<boolean> & { type: 'boolean' })
  | (KeyBase<number> & { type: 'integer'; min: number; max: number })
  | (KeyBase<string[] | null> & { type: 'array'; format: 'id'; allowed?: readonly string[] })

export const LANGUAGES = ['system', 'en', 'ja'] as const

export const CONFIG_KEYS = {
  OrganizationName: {
    type: 'string',
    format: 'text',
    default: null,
    example: 'Contoso',
    description: {
      en: 'Your organisation’s name, shown in the window title and in the texts (“Contoso IT can help”).',
      ja: '組織名。ウインドウのタイトルと本文に表示されます（例:「Contoso の IT 部門にお問い合わせください」）。',
    },
  },
  SupportPhone: {
    type: 'string',
    format: 'phone',
    default: null,
    example: '+81 3-1234-5678',
    description: {
      en: 'The helpdesk phone number shown to users.',
      ja: 'ユーザに表示するヘルプデスクの電話番号。',
    },
  },
  SupportEmail: {
    type: 'string',
    format: 'email',
    default: null,
    example: 'helpdesk@contoso.com',
    description: {
      en: 'The helpdesk email address shown to users.',
      ja: 'ユーザに表示するヘルプデスクのメールアドレス。',
    },
  },
  SupportURL: {
    type: 'string',
    format: 'url',
    default: null,
    example: 'https://support.contoso.com/mac-sign-in',
    description: {
      en: 'An https:// page with your own help for Mac sign-in problems.',
      ja: 'Mac のサインインに関する社内ヘルプページ（https://）。',
    },
  },
  PasswordChangeURL: {
    type: 'string',
    format: 'url',
    default: 'https://mysignins.microsoft.com/security-info/password/change',
    example: 'https://passwordreset.contoso.com',
    description: {
      en: 'The https:// page where users change their Microsoft Entra ID password.',
      ja: 'ユーザが Microsoft Entra ID のパスワードを変更するページ（https://）。',
    },
  },
  HelpdeskHours: {
    type: 'string',
    format: 'text',
    default: null,
    example: 'Weekdays 9:00–18:00 JST',
    description: {
      en: 'When the helpdesk answers, shown next to the phone number.',
      ja: 'ヘルプデスクの受付時間。電話番号の横に表示されます。',
    },
  },
  Language: {
    type: 'string',
    format: 'text',
    allowed: LANGUAGES,
    default: 'system',
    example: 'ja',
    description: {
      en: 'The app’s language: system (follow macOS), en or ja.',
      ja: 'アプリの言語。system（macOS の設定に従う）、en、ja のいずれか。',
    },
  },
  EnabledPlaybooks: {
    type: 'array',
    format: 'id',
    default: null,
    allowed: PLAYBOOK_IDS,
    example: ['password-reset', 'helpdesk-handoff'],
    description: {
      en: 'The repair guides users may start, by id; not set = all of them.',
      ja: 'ユーザが開始できる修復ガイドの ID の一覧。設定しない場合はすべてのガイドを使用できます。',
    },
  },
  ShowHelpdeskView: {
    type: 'boolean',
    default: true,
    example: false,
    description: {
      en: 'Show the helpdesk view (facts, support code, redacted report) to users.',
      ja: 'ヘルプデスク向け画面（状態の詳細、サポートコード、個人情報を伏せたレポート）を表示する。',
    },
  },
  CheckIntervalMinutes: {
    type: 'integer',
    min: 5,
    max: 1440,
    default: 30,
    example: 60,
    description: {
      en: 'Minutes between background checks of the Mac’s sign-in state (5–1440).',
      ja: 'サインイン状態をバックグラウンドで確認する間隔（分、5〜1440）。',
    },
  },
  NotificationsEnabled: {
    type: 'boolean',
    default: true,
    example: false,
    description: {
      en: 'Notify the user when sign-in breaks or tokens are about to expire.',
      ja: 'サインインに問題が起きたときやトークンの有効期限が近いときにユーザへ通知する。',
    },
  },
  NotificationRepeatHours: {
    type: 'integer',
    min: 1,
    max: 720,
    default: 24,
    example: 8,
    description: {
      en: 'Hours before the same problem is notified again (1–720).',
      ja: '同じ問題を再び通知するまでの時間（時間、1〜720）。',
    },
  },
  MenuBarOnly: {
    type: 'boolean',
    default: false,
    example: true,
    description: {
      en: 'Hide the Dock icon while only the menu-bar item is open.',
      ja: 'メニューバー項目だけが開いているときは Dock にアイコンを表示しない。',
    },
  },
  AllowQuit: {
    type: 'boolean',
    default: true,
    example: false,
    description: {
      en: 'Offer Quit in the menu-bar menu. Set false to keep the app running for every user.',
      ja: 'メニューバーのメニューに「終了」を表示する。false にするとユーザはアプリを終了できません。',
    },
  },
  TokenExpiryWarningHours: {
    type: 'integer',
    min: 1,
    max: 720,
    default: 48,
    example: 24,
    description: {
      en: 'Warn this many hours before the Mac’s sign-in tokens expire (1–720).',
      ja: 'Mac のサインイントークンの有効期限の何時間前に警告するか（1〜720）。',
    },
  },
  PseudonymizeIdentifiers: {
    type: 'boolean',
    default: false,
    example: true,
    description: {
      en: 'Replace user names and device ids in reports with stable pseudonyms.',
      ja: 'レポート内のユーザ名とデバイス ID を一定の仮名に置き換える。',
    },
  },
  LogLevel: {
    type: 'string',
    format: 'text',
    allowed: LOG_LEVELS,
    default: 'info',
    example: 'debug',
    description: {
      en: 'How much the app writes to its log: error, warn, info or debug.',
      ja: 'ログの詳細度。error、warn、info、debug のいずれか。',
    },
  },
} as const satisfies Record<string, ConfigKeySpec>

export type ConfigKey = keyof typeof CONFIG_KEYS
export const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS) as ConfigKey[]

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
