// The managed-configuration reader: precedence between the three files, XML and binary plists,
// and a clear problem (with the key's name) plus the default for every mistake an admin can make.
import { build, buildBinary, type PlistValue } from 'plist'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { effectiveConfigSchema } from '../../../main/common/config/effectiveConfig'
import { CONFIG_KEY_NAMES, isSetByOrganization } from '../../../main/common/config/keys'
import { APP_ID } from '../../../main/common/identity'
import { readConfig } from '../../../main/node/config/readConfig'
import { EXIT_OK, EXIT_USAGE, runCli } from '../../../main/node/cli/main'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeSysroot, type FakeSysroot } from '../../helpers/fakeSysroot'

const DEVICE = `/Library/Managed Preferences/${APP_ID}.plist`
const MANAGED_USER = `/Library/Managed Preferences/alice/${APP_ID}.plist`
const USER = `/Users/alice/Library/Preferences/${APP_ID}.plist`
const alice = { name: 'alice', home: '/Users/alice' }

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

const xml = (values: Record<string, PlistValue>) => build(values)

async function read(files: Record<string, Buffer | string>) {
  sysroot = createFakeSysroot({ files })
  return readConfig({ system: createSystemAccess({ ...defaultSystemDeps, env: sysroot.env }), user: alice })
}

describe('readConfig', () => {
  it('uses the defaults, all from source "default", when no file exists', async () => {
    const config = await read({})
    expect(config.values).toEqual(DEFAULT_CONFIG)
    expect(new Set(Object.values(config.sources))).toEqual(new Set(['default']))
    expect(config.problems).toEqual([])
  })

  it('resolves each key from the strongest source: managed-user, managed-device, user, default', async () => {
    const config = await read({
      [MANAGED_USER]: xml({ OrganizationName: 'Contoso (user channel)' }),
      [DEVICE]: Buffer.from(
        buildBinary({ OrganizationName: 'Contoso', CheckIntervalMinutes: 60, Language: 'ja' }),
      ),
      [USER]: xml({ Language: 'en', CheckIntervalMinutes: 15, NotificationsEnabled: false }),
    })
    expect(config.values).toMatchObject({
      OrganizationName: 'Contoso (user channel)',
      CheckIntervalMinutes: 60,
      Language: 'ja',
      NotificationsEnabled: false,
      LogLevel: 'info',
    })
    expect(config.sources).toMatchObject({
      OrganizationName: 'managed-user',
      CheckIntervalMinutes: 'managed-device',
      Language: 'managed-device',
      NotificationsEnabled: 'user',
      LogLevel: 'default',
    })
    expect(isSetByOrganization(config.sources.Language)).toBe(true)
    expect(isSetByOrganization(config.sources.NotificationsEnabled)).toBe(false)
    expect(config.problems).toEqual([])
  })

  it('reports an unknown key by name and ignores it', async () => {
    const config = await read({ [DEVICE]: xml({ OrganisationName: 'Contoso', LogLevel: 'debug' }) })
    expect(config.problems).toEqual([
      expect.objectContaining({ kind: 'unknownKey', key: 'OrganisationName', source: 'managed-device' }),
    ])
    expect(config.problems[0]!.message).toContain('OrganisationName')
    expect(config.values.OrganizationName).toBeNull()
    expect(config.values.LogLevel).toBe('debug')
  })

  it('ignores keys macOS itself writes into the user domain', async () => {
    const config = await read({ [USER]: xml({ 'NSWindow Frame main': '0 0 800 600', LogLevel: 'warn' }) })
    expect(config.problems).toEqual([])
    expect(config.values.LogLevel).toBe('warn')
  })

  it.each([
    [
      'a boolean written as a string',
      { ShowHelpdeskView: 'false' },
      'ShowHelpdeskView',
      'wrongType',
      'boolean',
    ],
    [
      'an integer written as a string',
      { CheckIntervalMinutes: '60' },
      'CheckIntervalMinutes',
      'wrongType',
      'integer',
    ],
    [
      'a real for an integer',
      { TokenExpiryWarningHours: 1.5 },
      'TokenExpiryWarningHours',
      'wrongType',
      'integer',
    ],
    [
      'an integer out of range',
      { CheckIntervalMinutes: 1 },
      'CheckIntervalMinutes',
      'invalidValue',
      '5 to 1440',
    ],
    ['a malformed URL', { SupportURL: 'support.contoso.com' }, 'SupportURL', 'invalidValue', 'https://'],
    [
      'an http URL',
      { PasswordChangeURL: 'http://contoso.com/pw' },
      'PasswordChangeURL',
      'invalidValue',
      'https://',
    ],
    ['a javascript: URL', { SupportURL: 'javascript:alert(1)' }, 'SupportURL', 'invalidValue', 'https://'],
    ['a value not allowed', { Language: 'fr' }, 'Language', 'invalidValue', 'system, en, ja'],
    ['a malformed email', { SupportEmail: 'helpdesk at contoso' }, 'SupportEmail', 'invalidValue', 'email'],
    ['a phone with letters', { SupportPhone: 'call us' }, 'SupportPhone', 'invalidValue', 'phone'],
    ['an empty name', { OrganizationName: '  ' }, 'OrganizationName', 'invalidValue', '1 to 500'],
    [
      'a string for a list',
      { EnabledPlaybooks: 'helpdesk-handoff' },
      'EnabledPlaybooks',
      'wrongType',
      'array',
    ],
    [
      'a bad playbook id',
      { EnabledPlaybooks: ['Help Desk'] },
      'EnabledPlaybooks',
      'invalidValue',
      'lower case',
    ],
  ] as const)('reports %s by key name and uses the default', async (_name, values, key, kind, expected) => {
    const config = await read({ [DEVICE]: xml(values as Record<string, PlistValue>) })
    expect(config.problems).toHaveLength(1)
    expect(config.problems[0]).toMatchObject({ kind, key, source: 'managed-device' })
    expect(config.problems[0]!.message).toContain(key)
    expect(config.problems[0]!.message).toContain(expected)
    expect(config.values[key]).toEqual(DEFAULT_CONFIG[key])
    expect(config.sources[key]).toBe('default')
  })

  it('does not let the user override a broken managed value: the default applies', async () => {
    const config = await read({
      [DEVICE]: xml({ PasswordChangeURL: 'not a url' }),
      [USER]: xml({ PasswordChangeURL: 'https://evil.example/pw' }),
    })
    expect(config.values.PasswordChangeURL).toBe(DEFAULT_CONFIG.PasswordChangeURL)
    expect(config.problems.map((p) => p.key)).toEqual(['PasswordChangeURL'])
  })

  it.each([
    ['not a plist', 'hello'],
    ['a truncated plist', '<?xml version="1.0"?><plist version="1.0"><dict><key>Language</key>'],
    ['an array at the top', xml(['Language'] as unknown as Record<string, PlistValue>)],
    ['a truncated binary plist', Buffer.from(buildBinary({ Language: 'ja' })).subarray(0, 20)],
  ])('reports a file that is %s and still starts with the other sources', async (_name, content) => {
    const config = await read({ [DEVICE]: content, [USER]: xml({ Language: 'en' }) })
    expect(config.problems).toEqual([
      expect.objectContaining({ kind: 'unreadableFile', key: null, source: 'managed-device' }),
    ])
    expect(config.problems[0]!.message).toContain(DEVICE)
    expect(config.values.Language).toBe('en')
  })

  it('trims text values', async () => {
    const config = await read({ [DEVICE]: xml({ OrganizationName: '  Contoso  ' }) })
    expect(config.values.OrganizationName).toBe('Contoso')
  })

  it('produces what the IPC schema accepts', async () => {
    const config = await read({ [DEVICE]: xml({ Language: 'ja', Bogus: 1 }) })
    expect(effectiveConfigSchema.safeParse(config).success).toBe(true)
    expect(effectiveConfigSchema.safeParse({ ...config, sources: { Language: 'profile' } }).success).toBe(
      false,
    )
  })
})

describe('psso-helper config', () => {
  async function cli(argv: string[], files: Record<string, string>) {
    sysroot = createFakeSysroot({ files })
    let stdout = ''
    let stderr = ''
    const code = await runCli(argv, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      system: { ...defaultSystemDeps, env: { ...sysroot.env, USER: 'alice', HOME: '/Users/alice' } },
      now: Date.now,
    })
    return { code, stdout, stderr }
  }

  it('prints a readable table with each source and the problems', async () => {
    const { code, stdout } = await cli(['config'], {
      [MANAGED_USER]: xml({ Language: 'ja', Colour: 'blue' }),
    })
    expect(code).toBe(EXIT_OK)
    expect(stdout).toContain(`Preference domain: ${APP_ID}`)
    expect(stdout).toMatch(/^Language +"ja" +\(managed-user\)$/m)
    expect(stdout).toMatch(/^LogLevel +"info" +\(default\)$/m)
    expect(stdout).toMatch(/^- Colour in the user’s managed preferences is not a PSSO Helper setting/m)
  })

  it('rejects arguments it does not know', async () => {
    const { code, stderr } = await cli(['config', 'extra'], {})
    expect(code).toBe(EXIT_USAGE)
    expect(stderr).toContain('config takes no arguments')
  })

  it('--json prints every key with its value and source, and the problems', async () => {
    const { code, stdout } = await cli(['config', '--json'], {
      [DEVICE]: xml({ OrganizationName: 'Contoso', CheckIntervalMinutes: 'often' }),
      [USER]: xml({ Language: 'ja' }),
    })
    expect(code).toBe(EXIT_OK)
    const json = JSON.parse(stdout)
    expect(json.domain).toBe(APP_ID)
    expect(Object.keys(json.keys)).toEqual(CONFIG_KEY_NAMES)
    expect(json.keys.OrganizationName).toEqual({ value: 'Contoso', source: 'managed-device' })
    expect(json.keys.Language).toEqual({ value: 'ja', source: 'user' })
    expect(json.keys.CheckIntervalMinutes).toEqual({ value: 30, source: 'default' })
    expect(json.problems).toEqual([
      expect.objectContaining({ kind: 'wrongType', key: 'CheckIntervalMinutes', source: 'managed-device' }),
    ])
  })
})
