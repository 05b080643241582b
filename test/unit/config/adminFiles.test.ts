// The admin files generated from the key table agree with the reader: every sample reads without a
// problem, every document and schema lists exactly the table's keys, and the identity matches.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'plist'
import { describe, expect, it } from 'vitest'
import { CONFIG_KEYS, CONFIG_KEY_NAMES, keyDescription } from '../../../main/common/config/keys'
import { APP_ID } from '../../../main/common/identity'
import { readPreferencesFile, resolveConfig } from '../../../main/node/config/readConfig'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { ADMIN_FILES, exampleValues, sampleValues } from '../../../scripts/admin-files'
import { REPO } from '../../helpers/fakeSysroot'

const text = (file: string) => readFileSync(path.join(REPO, file), 'utf8')
const plistOf = (file: string) => parse(text(file)) as Record<string, unknown>

/** Reads preference-file bytes through the real reader, as the device-channel file. */
async function readAsManagedDevice(data: string) {
  const system = { readFile: async () => ({ status: 'ok' as const, data: Buffer.from(data) }) }
  const content = await readPreferencesFile(system, { source: 'managed-device', path: '/x.plist' })
  return resolveConfig([content])
}

const settingsPayload = () => {
  const profile = plistOf(ADMIN_FILES.exampleProfile)
  return (profile.PayloadContent as Record<string, unknown>[])[0]!
}

describe('generated admin samples', () => {
  it('every key has an example the reader accepts', () => {
    const config = resolveConfig([{ source: 'managed-device', entries: exampleValues(), problems: [] }])
    expect(config.problems).toEqual([])
    for (const key of CONFIG_KEY_NAMES) expect(config.sources[key]).toBe('managed-device')
  })

  it('the Intune preference file has no plist wrapper and, wrapped as Intune does, reads without a problem', async () => {
    const body = text(ADMIN_FILES.intunePreferenceFile)
    expect(body).not.toMatch(/<plist|<dict>|<\?xml/)
    const config = await readAsManagedDevice(
      `<?xml version="1.0"?><plist version="1.0"><dict>${body}</dict></plist>`,
    )
    expect(config.problems).toEqual([])
    expect(config.values).toEqual({ ...DEFAULT_CONFIG, ...sampleValues() })
    // Uploaded unchanged, it changes no behaviour: only the organisation's details differ from the defaults.
    const changed = CONFIG_KEY_NAMES.filter((key) => config.values[key] !== DEFAULT_CONFIG[key])
    expect(changed).toEqual([
      'OrganizationName',
      'SupportPhone',
      'SupportEmail',
      'SupportURL',
      'HelpdeskHours',
    ])
    expect(config.values.EnabledPlaybooks).toBeNull()
  })

  it('the example .mobileconfig sets the sample keys in a payload of type APP_ID, which reads without a problem', () => {
    const payload = settingsPayload()
    expect(payload.PayloadType).toBe(APP_ID)
    expect(Object.keys(payload).filter((key) => !key.startsWith('Payload'))).toEqual(
      Object.keys(sampleValues()),
    )
    const config = resolveConfig([{ source: 'managed-device', entries: payload, problems: [] }])
    expect(config.problems).toEqual([])
    for (const key of Object.keys(sampleValues()))
      expect(config.sources[key as 'Language']).toBe('managed-device')
  })

  it('docs/configuration.md lists exactly the table’s keys, in order, with both descriptions', () => {
    const docs = text(ADMIN_FILES.docs)
    const listed = [...docs.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1])
    expect(listed).toEqual(CONFIG_KEY_NAMES)
    for (const key of CONFIG_KEY_NAMES) {
      expect(docs).toContain(keyDescription(key).en)
      expect(docs).toContain(keyDescription(key).ja)
    }
    expect(docs).toContain(`/Library/Managed Preferences/${APP_ID}.plist`)
  })

  it('the Jamf Pro schema has exactly the table’s keys and accepts the examples and the defaults', () => {
    const schema = JSON.parse(text(ADMIN_FILES.jamfSchema))
    expect(Object.keys(schema.properties)).toEqual(CONFIG_KEY_NAMES)
    const validate = new Ajv({ strict: false }).compile({ ...schema, additionalProperties: false })
    expect(validate(exampleValues())).toBe(true)
    expect(validate({ Language: 'fr' })).toBe(false)
    expect(validate({ CheckIntervalMinutes: 1 })).toBe(false)
    expect(validate({ SupportURL: 'http://contoso.com' })).toBe(false)
    expect(validate({ OrganisationName: 'typo' })).toBe(false)
  })

  it('the ProfileCreator manifest is for APP_ID and describes exactly the table’s keys with their types', () => {
    const manifest = plistOf(ADMIN_FILES.profileManifest)
    expect(manifest.pfm_domain).toBe(APP_ID)
    const subkeys = (manifest.pfm_subkeys as { pfm_name: string; pfm_type: string }[]).filter(
      (key) => !key.pfm_name.startsWith('Payload'),
    )
    expect(subkeys.map((key) => key.pfm_name)).toEqual(CONFIG_KEY_NAMES)
    for (const key of subkeys) expect(key.pfm_type).toBe(CONFIG_KEYS[key.pfm_name as 'Language'].type)
  })

  it('the Managed Login Items sample allows the LaunchAgent by label and by Team ID', () => {
    const profile = plistOf(ADMIN_FILES.loginItemsProfile)
    const [payload] = profile.PayloadContent as { PayloadType: string; Rules: Record<string, string>[] }[]
    expect(payload!.PayloadType).toBe('com.apple.servicemanagement')
    expect(payload!.Rules).toContainEqual(expect.objectContaining({ RuleType: 'Label', RuleValue: APP_ID }))
    expect(payload!.Rules.map((rule) => rule.RuleType)).toContain('TeamIdentifier')
  })

  it('the notification-settings sample allows the app’s alerts without a prompt', () => {
    const profile = plistOf(ADMIN_FILES.notificationsProfile)
    expect(profile.PayloadScope).toBe('System')
    const [payload] = profile.PayloadContent as {
      PayloadType: string
      NotificationSettings: Record<string, unknown>[]
    }[]
    expect(payload!.PayloadType).toBe('com.apple.notificationsettings')
    expect(payload!.NotificationSettings).toEqual([
      expect.objectContaining({
        BundleIdentifier: APP_ID,
        NotificationsEnabled: true,
        AlertType: 2,
        ShowInNotificationCenter: true,
      }),
    ])
  })

  it('gives each profile its own stable identifiers', () => {
    const ids = [
      ADMIN_FILES.exampleProfile,
      ADMIN_FILES.loginItemsProfile,
      ADMIN_FILES.notificationsProfile,
    ].flatMap((file) => {
      const profile = plistOf(file)
      const inner = (profile.PayloadContent as Record<string, unknown>[])[0]!
      return [profile.PayloadUUID, inner.PayloadUUID, profile.PayloadIdentifier, inner.PayloadIdentifier]
    })
    expect(new Set(ids).size).toBe(ids.length)
  })
})
