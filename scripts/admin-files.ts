/**
 * The admin-facing files generated from the configuration key table (main/common/config/keys.ts):
 * the documentation table, a Jamf Pro custom schema, a ProfileCreator / iMazing Profile Editor
 * manifest, an Intune preference file, an example .mobileconfig, the Managed Login Items sample and
 * the notification-settings sample.
 */
import { createHash } from 'node:crypto'
import { build as buildPlist, type PlistValue } from 'plist'
import {
  CONFIG_KEYS,
  CONFIG_KEY_NAMES,
  keyDescription,
  type ConfigKey,
  type ConfigKeySpec,
} from '../main/common/config/keys'
import { plistTypeName } from '../main/common/config/validateValue'
import { APP_ID, PRODUCT_NAME } from '../main/common/identity'

export const ADMIN_FILES = {
  docs: 'docs/configuration.md',
  jamfSchema: `deploy/jamf/${APP_ID}.json`,
  profileManifest: `deploy/profile-manifest/${APP_ID}.plist`,
  intunePreferenceFile: `deploy/intune/${APP_ID}.preferences.xml`,
  exampleProfile: `deploy/profiles/${APP_ID}.mobileconfig`,
  loginItemsProfile: 'deploy/profiles/managed-login-items.mobileconfig',
  notificationsProfile: 'deploy/profiles/notification-settings.mobileconfig',
  signInLogAccessProfile: 'deploy/pppc/sign-in-log-access.mobileconfig',
} as const

/**
 * macOS notification settings for the app (com.apple.notificationsettings): allowed without asking the
 * user, as persistent alerts so the "Fix it" action stays until the user acts (the app notifies at most
 * once a day per finding). AlertType: 0 none, 1 temporary banner, 2 persistent alert; PreviewType 0:
 * always (the texts carry no personal data).
 */
export const NOTIFICATION_SETTINGS = {
  BundleIdentifier: APP_ID,
  NotificationsEnabled: true,
  AlertType: 2,
  ShowInNotificationCenter: true,
  ShowInLockScreen: true,
  PreviewType: 0,
  SoundsEnabled: true,
  BadgesEnabled: false,
  CriticalAlertEnabled: false,
} as const

/** The Developer ID Team ID is the organisation's own; admins replace this in the login-items sample. */
export const TEAM_ID_PLACEHOLDER = 'YOURTEAMID'
/** Bump both when a key is added or changed, so profile editors pick up the new manifest. */
const MANIFEST_VERSION = 1
const MANIFEST_LAST_MODIFIED = new Date('2026-11-21T00:00:00Z')

const spec = (key: ConfigKey): ConfigKeySpec => CONFIG_KEYS[key]

/** Every key set to its example: exercises the whole table (docs, schema placeholders, tests). */
export function exampleValues(): Record<ConfigKey, PlistValue> {
  return Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, spec(key).example as PlistValue])) as Record<
    ConfigKey,
    PlistValue
  >
}

/**
 * What the samples admins copy contain: the organisation's details as examples to replace, every
 * other key at its default. Uploaded unchanged, a sample changes no behaviour, so a list that is
 * unset by default (EnabledPlaybooks: all guides) stays out.
 */
export function sampleValues(): Partial<Record<ConfigKey, PlistValue>> {
  return Object.fromEntries(
    CONFIG_KEY_NAMES.flatMap((key) => {
      const { type, default: value, example } = spec(key)
      if (value !== null) return [[key, value as PlistValue]]
      return type === 'string' ? [[key, example as PlistValue]] : []
    }),
  )
}

/** A stable UUID from a name, so regenerating a profile does not change it. */
function stableUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex').toUpperCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const showValue = (value: unknown) =>
  value === null ? '(not set)' : Array.isArray(value) ? value.join(', ') : String(value)

function allowedValues(s: ConfigKeySpec): string {
  if (s.type === 'integer') return `${s.min}–${s.max}`
  if (s.type === 'boolean') return 'true, false'
  if ((s.type === 'string' || s.type === 'array') && s.allowed) return s.allowed.join(', ')
  const formats = {
    text: 'any text',
    url: 'https:// URL',
    email: 'email address',
    phone: 'phone number',
    id: 'ids',
  }
  return formats[s.format]
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

function configurationDocs(): string {
  const rows = CONFIG_KEY_NAMES.map((key) => {
    const s = spec(key)
    return `| \`${key}\` | ${plistTypeName(s)} | ${cell(showValue(s.default))} | ${cell(allowedValues(s))} | ${cell(keyDescription(key).en)}<br>${cell(keyDescription(key).ja)} | \`${cell(showValue(s.example))}\` |`
  })
  return `<!-- Generated from main/common/config/keys.ts by \`npm run generate\`. Do not edit. -->

# Configuring ${PRODUCT_NAME}

Preference domain (= bundle ID): \`${APP_ID}\`

Set these keys with a configuration profile (Intune: Devices › Configuration › macOS › Templates ›
**Preference file**; Jamf Pro: Application & Custom Settings). Key names are case-sensitive.
各キーは構成プロファイルで設定します。キー名は大文字と小文字を区別します。

## Keys / キー

| Key | Type | Default | Allowed values | Description / 説明 | Example |
|---|---|---|---|---|---|
${rows.join('\n')}

## Where a value comes from / 値の優先順位

For each key, the first of these that sets it wins (\`psso-helper config --json\` shows the source of
every value):

1. \`managed-user\`: \`/Library/Managed Preferences/<user>/${APP_ID}.plist\` (a user-channel profile)
2. \`managed-device\`: \`/Library/Managed Preferences/${APP_ID}.plist\` (a device-channel profile; Intune's preference file lands here)
3. \`user\`: \`~/Library/Preferences/${APP_ID}.plist\` (\`defaults write ${APP_ID} <Key> …\`)
4. \`default\`: the default in the table above

Values set by a profile are shown in the app as “set by your organisation” and cannot be changed there.
プロファイルで設定された値は、アプリ内で「組織によって設定されています」と表示され、ユーザは変更できません。

## Mistakes in a profile / 設定の誤り

Intune does not check a preference file. ${PRODUCT_NAME} does: an unknown key, a value of the wrong type
(for example \`<string>true</string>\` for a boolean) or a malformed value (a URL that is not https://)
is reported with the key's name in the app's log, in the helpdesk view and by \`psso-helper config --json\`,
and that key takes its default. The app always starts.
Intune はプリファレンスファイルの内容を検証しません。不明なキー、型の誤り、不正な値は、キー名とともにログ、
ヘルプデスク画面、\`psso-helper config --json\` に表示され、そのキーには既定値が使われます。

## Samples / サンプル

| File | For |
|---|---|
| [\`${ADMIN_FILES.intunePreferenceFile}\`](../${ADMIN_FILES.intunePreferenceFile}) | Intune preference file (keys only, no \`<plist>\`/\`<dict>\`) |
| [\`${ADMIN_FILES.exampleProfile}\`](../${ADMIN_FILES.exampleProfile}) | a .mobileconfig: your organisation's details to replace, every other key at its default |
| [\`${ADMIN_FILES.jamfSchema}\`](../${ADMIN_FILES.jamfSchema}) | Jamf Pro custom JSON schema |
| [\`${ADMIN_FILES.profileManifest}\`](../${ADMIN_FILES.profileManifest}) | ProfileCreator / iMazing Profile Editor manifest |
| [\`${ADMIN_FILES.loginItemsProfile}\`](../${ADMIN_FILES.loginItemsProfile}) | Managed Login Items (replace \`${TEAM_ID_PLACEHOLDER}\` with your Team ID) |
| [\`${ADMIN_FILES.notificationsProfile}\`](../${ADMIN_FILES.notificationsProfile}) | Notifications allowed as alerts, without asking the user |
| [\`${ADMIN_FILES.signInLogAccessProfile}\`](../${ADMIN_FILES.signInLogAccessProfile}) | Privacy preferences (PPPC): reading Company Portal's sign-in log without the macOS prompt (replace \`${TEAM_ID_PLACEHOLDER}\`) |
`
}

function jamfSchema(): string {
  const properties = Object.fromEntries(
    CONFIG_KEY_NAMES.map((key, index) => {
      const s = spec(key)
      const property: Record<string, unknown> = {
        title: key,
        description: `${keyDescription(key).en} / ${keyDescription(key).ja}`,
        property_order: (index + 1) * 5,
        options: { infoText: `Key name: ${key}` },
      }
      if (s.default !== null) property.default = s.default
      if (s.type === 'array') {
        const items = s.allowed ? { type: 'string', enum: [...s.allowed] } : { type: 'string' }
        Object.assign(property, { type: 'array', items })
      } else property.type = s.type
      if (s.type === 'integer') Object.assign(property, { minimum: s.min, maximum: s.max })
      if (s.type === 'string' && s.allowed) property.enum = [...s.allowed]
      if (s.type === 'string' && s.format === 'url') property.pattern = '^https://'
      if (s.type === 'string' && !s.allowed) {
        property.options = { ...(property.options as object), inputAttributes: { placeholder: s.example } }
      }
      return [key, property]
    }),
  )
  return `${JSON.stringify({ title: `${PRODUCT_NAME} (${APP_ID})`, description: `Managed preferences for ${PRODUCT_NAME}.`, properties }, null, 2)}\n`
}

function profileManifest(): string {
  const payloadKey = (name: string, type: string, extra: Record<string, PlistValue>) => ({
    pfm_name: name,
    pfm_type: type,
    pfm_require: 'always',
    ...extra,
  })
  const subkeys: PlistValue[] = [
    payloadKey('PayloadDescription', 'string', { pfm_default: `Configures ${PRODUCT_NAME}.` }),
    payloadKey('PayloadDisplayName', 'string', { pfm_default: PRODUCT_NAME }),
    payloadKey('PayloadIdentifier', 'string', { pfm_default: APP_ID }),
    payloadKey('PayloadType', 'string', { pfm_default: APP_ID }),
    payloadKey('PayloadUUID', 'string', {
      pfm_format: '^[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}$',
    }),
    payloadKey('PayloadVersion', 'integer', { pfm_default: 1 }),
    payloadKey('PayloadOrganization', 'string', {}),
    ...CONFIG_KEY_NAMES.map((key) => {
      const s = spec(key)
      const entry: Record<string, PlistValue> = {
        pfm_name: key,
        pfm_title: key,
        pfm_type: s.type,
        pfm_description: keyDescription(key).en,
        pfm_description_reference: keyDescription(key).ja,
      }
      if (s.default !== null) entry.pfm_default = s.default as PlistValue
      if (s.type === 'integer') Object.assign(entry, { pfm_range_min: s.min, pfm_range_max: s.max })
      if (s.type === 'string' && s.allowed) entry.pfm_range_list = [...s.allowed]
      if (s.type === 'string' && s.format === 'url') entry.pfm_format = '^https://'
      if (s.type === 'array') {
        const item: Record<string, PlistValue> = { pfm_name: 'Id', pfm_type: 'string' }
        if (s.allowed) item.pfm_range_list = [...s.allowed]
        entry.pfm_subkeys = [item]
      }
      return entry
    }),
  ]
  return (
    buildPlist({
      pfm_description: `${PRODUCT_NAME}: explains and repairs Platform SSO sign-in on managed Macs.`,
      pfm_domain: APP_ID,
      pfm_format_version: 1,
      pfm_last_modified: MANIFEST_LAST_MODIFIED,
      pfm_platforms: ['macOS'],
      pfm_subkeys: subkeys,
      pfm_title: PRODUCT_NAME,
      pfm_unique: true,
      pfm_version: MANIFEST_VERSION,
    }) + '\n'
  )
}

/** Intune's preference file: the keys and values only, without the plist and dict around them. */
function intunePreferenceFile(): string {
  const xml = buildPlist(sampleValues())
  const lines = xml.split('\n')
  const start = lines.indexOf('  <dict>')
  const end = lines.lastIndexOf('  </dict>')
  return `${lines
    .slice(start + 1, end)
    .map((line) => line.slice(4))
    .join('\n')}\n`
}

function profile(name: string, displayName: string, payload: Record<string, PlistValue>): string {
  const identifier = `${APP_ID}.${name}`
  return (
    buildPlist({
      PayloadContent: [
        {
          PayloadDisplayName: displayName,
          PayloadIdentifier: `${identifier}.payload`,
          PayloadUUID: stableUuid(`${identifier}.payload`),
          PayloadVersion: 1,
          ...payload,
        },
      ],
      PayloadDescription: `${PRODUCT_NAME}: ${displayName}`,
      PayloadDisplayName: `${PRODUCT_NAME}: ${displayName}`,
      PayloadIdentifier: identifier,
      PayloadScope: 'System',
      PayloadType: 'Configuration',
      PayloadUUID: stableUuid(identifier),
      PayloadVersion: 1,
    }) + '\n'
  )
}

/**
 * Privacy preferences (PPPC, com.apple.TCC.configuration-profile-policy): pre-approves "access data
 * from other apps" (SystemPolicyAppData, macOS 14+) so the app can read Company Portal's sign-in log
 * without macOS asking. The app still asks the user once itself. The code requirement pins the app's
 * bundle id and the organisation's Developer ID Team ID (replace the placeholder).
 */
function signInLogAccessPayload(): Record<string, PlistValue> {
  return {
    PayloadType: 'com.apple.TCC.configuration-profile-policy',
    Services: {
      SystemPolicyAppData: [
        {
          Identifier: APP_ID,
          IdentifierType: 'bundleID',
          CodeRequirement: `identifier "${APP_ID}" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = "${TEAM_ID_PLACEHOLDER}"`,
          Authorization: 'Allow',
          Comment: `${PRODUCT_NAME} reads Company Portal's sign-in log (the SSO extension's log) to name the cause of a failed sign-in`,
        },
      ],
    },
  }
}

export function adminFiles(): { path: string; content: string }[] {
  return [
    { path: ADMIN_FILES.docs, content: configurationDocs() },
    { path: ADMIN_FILES.jamfSchema, content: jamfSchema() },
    { path: ADMIN_FILES.profileManifest, content: profileManifest() },
    { path: ADMIN_FILES.intunePreferenceFile, content: intunePreferenceFile() },
    {
      path: ADMIN_FILES.exampleProfile,
      content: profile('settings', 'Settings', { PayloadType: APP_ID, ...sampleValues() }),
    },
    {
      path: ADMIN_FILES.loginItemsProfile,
      content: profile('login-items', 'Login item', {
        PayloadType: 'com.apple.servicemanagement',
        Rules: [
          {
            RuleType: 'TeamIdentifier',
            RuleValue: TEAM_ID_PLACEHOLDER,
            Comment: `${PRODUCT_NAME}: every login item signed with your Developer ID Team ID`,
          },
          { RuleType: 'Label', RuleValue: APP_ID, Comment: `${PRODUCT_NAME}'s LaunchAgent` },
        ],
      }),
    },
    {
      path: ADMIN_FILES.notificationsProfile,
      content: profile('notifications', 'Notifications', {
        PayloadType: 'com.apple.notificationsettings',
        NotificationSettings: [{ ...NOTIFICATION_SETTINGS }],
      }),
    },
    {
      path: ADMIN_FILES.signInLogAccessProfile,
      content: profile('sign-in-log-access', 'Sign-in log access', signInLogAccessPayload()),
    },
  ]
}
