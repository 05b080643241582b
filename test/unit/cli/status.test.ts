// `psso-helper status`: the JSON contract validated against the checked-in JSON Schema, exit codes.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { EXIT_OK, EXIT_USAGE } from '../../../main/node/cli/main'
import { SSO_EXTENSION_LOG_DIR } from '../../../main/node/probe/ssoExtensionLog'
import {
  FAKE_USER,
  REPO,
  createFakeSysroot,
  realCapture,
  synthetic,
  type FakeSysroot,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

const schema = JSON.parse(readFileSync(path.join(REPO, 'docs/status.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function cli(
  argv: string[],
  spec: FakeSysrootSpec = {},
  terminal?: { LANG?: string; LC_ALL?: string },
) {
  sysroot = createFakeSysroot(spec)
  return runCliCaptured(argv, { env: sysroot.env, ...(terminal ? { terminal } : {}) })
}

const SCENARIOS: [string, FakeSysrootSpec][] = [
  ['healthy password', {}],
  ['secure enclave', { appSso: { stdoutFile: realCapture('sequoia-secure-enclave-registered.txt') } }],
  [
    'not configured',
    { appSso: { stdoutFile: realCapture('not-configured.txt') }, companyPortalVersion: null },
  ],
  ['user not registered', { appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') } }],
  [
    'needs registration',
    { appSso: { stdoutFile: synthetic('app-sso/synthetic-password-needs-registration.txt') } },
  ],
  [
    'app-sso missing',
    { appSso: 'missing', profiles: 'missing', swVers: 'missing', companyPortalVersion: null },
  ],
  ['garbage', { appSso: { stdoutFile: synthetic('app-sso/synthetic-garbage.txt') } }],
]

describe('status --json', () => {
  it.each(SCENARIOS)('prints JSON that the published schema accepts (%s)', async (_name, spec) => {
    const { code, stdout } = await cli(['status', '--json'], spec)
    expect(code).toBe(EXIT_OK)
    const json = JSON.parse(stdout)
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    expect(json.schemaVersion).toBe(1)
  })

  it('exits 0 whatever the verdict', async () => {
    const broken = await cli(['status', '--json'], {
      appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') },
      profiles: { stdoutFile: synthetic('profiles/synthetic-secure-enclave.xml') },
    })
    expect(broken.code).toBe(EXIT_OK)
    expect(JSON.parse(broken.stdout).verdict).toEqual({
      status: 'broken',
      findings: [
        { id: 'user-not-registered', severity: 'broken', evidence: { 'psso.user.registered': false } },
      ],
    })
  })

  it('has the public field names admins build inventory on', async () => {
    const json = JSON.parse((await cli(['status', '--json'])).stdout)
    expect(json).toMatchObject({
      capturedAt: '2026-04-25T09:41:29Z',
      os: { version: '15.6' },
      psso: {
        configured: true,
        extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
        method: 'password',
        deviceRegistered: true,
        deviceId: '38d94132-e90a-4e9d-bfdc-a52633ed2772',
        tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
        user: { registered: true, stateName: 'POUserStateNormal', upn: 'cake1@cake.run.place' },
        tokens: {
          present: true,
          receivedAt: '2026-04-25T09:17:44Z',
          expiresAt: '2026-05-09T09:17:43Z',
          expired: false,
        },
      },
      companyPortal: { installed: true, version: '5.2504.0' },
      verdict: { status: 'healthy', findings: [] },
    })
  })

  it('carries the catalogue’s findings, first the thing to do first', async () => {
    const json = JSON.parse(
      (
        await cli(['status', '--json'], {
          appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') },
          profiles: { stdoutFile: synthetic('profiles/synthetic-password-with-passcode-policy.xml') },
        })
      ).stdout,
    )
    expect(json.verdict.status).toBe('broken')
    expect(json.verdict.findings.map((f: { id: string; severity: string }) => [f.id, f.severity])).toEqual([
      ['tokens-expired', 'broken'],
      ['passcode-policy-with-password-method', 'attention'],
    ])
  })
})

describe('status --json and the sign-in log', () => {
  const logFile = `${FAKE_USER.home}/${SSO_EXTENSION_LOG_DIR}/SSOExtension.log`
  const run = async (files: FakeSysrootSpec['files']) => {
    sysroot = createFakeSysroot({ files })
    const { code, stdout } = await runCliCaptured(['status', '--json'], {
      env: sysroot.env,
      homeDir: FAKE_USER.home,
    })
    expect(code).toBe(EXIT_OK)
    const json = JSON.parse(stdout)
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    return json
  }

  it('reads the log when it can, reports ok, and names the cause', async () => {
    const json = await run({
      [logFile]: readFileSync(synthetic('sso-extension-log/synthetic-aadsts50173.log')),
    })
    expect(json.probes.ssoExtensionLog.status).toBe('ok')
    expect(json.verdict.findings[0]).toMatchObject({
      id: 'password-changed-in-entra',
      evidence: { 'signInLog.signature': 'AADSTS50173' },
    })
  })

  it('reports notFound when there is no log, and the verdict stands on app-sso alone', async () => {
    const json = await run({})
    expect(json.probes.ssoExtensionLog.status).toBe('notFound')
    expect(json.verdict.status).toBe('healthy')
  })
})

describe('status without --json', () => {
  it('prints a short human summary', async () => {
    const { code, stdout } = await cli(['status'], {
      appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') },
    })
    expect(code).toBe(EXIT_OK)
    expect(stdout.split('\n')).toEqual([
      'Platform SSO: broken (captured 2026-05-12T10:00:00Z)',
      'Method: password; device registered; user registered (POUserStateNormal)',
      'SSO tokens: received 2026-04-25T09:17:44Z, expired 2026-05-09T09:17:43Z',
      'Company Portal: 5.2504.0; macOS 15.6',
      '- tokens-expired (broken)',
      expect.stringMatching(/^Support code: [0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/),
      '',
    ])
  })

  it('speaks Japanese in a Japanese terminal (LANG), English with --lang en', async () => {
    const expired = { appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') } }
    const { stdout } = await cli(['status'], expired, { LANG: 'ja_JP.UTF-8' })
    expect(stdout.split('\n')).toEqual([
      'Platform SSO: broken（取得 2026-05-12T10:00:00Z）',
      '方式: password、デバイス 登録済み、ユーザ 登録済み（POUserStateNormal）',
      'SSO トークン: 受信 2026-04-25T09:17:44Z、期限切れ 2026-05-09T09:17:43Z',
      'ポータル サイト: 5.2504.0、macOS 15.6',
      '- tokens-expired (broken)',
      expect.stringMatching(/^サポートコード: [0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/),
      '',
    ])
    const english = await cli(['status', '--lang', 'en'], expired, { LANG: 'ja_JP.UTF-8' })
    expect(english.stdout).toContain('SSO tokens: received 2026-04-25T09:17:44Z, expired')
  })

  it('names the reason when app-sso cannot be read', async () => {
    const { stdout } = await cli(['status'], { appSso: 'missing' })
    expect(stdout).toContain('app-sso could not be read: not found: /usr/bin/app-sso')
  })
})

describe('usage errors', () => {
  it.each([[[]], [['frobnicate']], [['status', '--jsn']], [['status', 'extra']]])(
    'exits 2 for %j',
    async (argv) => {
      const { code, stderr, stdout } = await cli(argv)
      expect(code).toBe(EXIT_USAGE)
      expect(stdout).toBe('')
      expect(stderr).toContain('Usage: psso-helper')
    },
  )
})
