// The canary test: a canary secret planted in every redactable field of every fixture (and in the
// logs and profiles) must not survive in any output: Markdown, JSON, or any file of a bundle. The
// identifiers support needs are still there by default, and pseudonymised consistently when configured.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DIAGNOSIS_CONTEXT } from '../../../main/common/diagnosis/rules'
import { bundleFromCapture, reportFromCapture } from '../../../main/node/helpdesk/outputs'
import { createAppLogger } from '../../../main/node/log/appLog'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { buildReport } from '../../../main/node/report/report'
import { createRedactor } from '../../../main/node/report/redact'
import { appSsoFixtures, captureOf, profilesFixture } from '../../helpers/captures'
import { buildTestBundle, logOnlySystem, tempHome } from '../../helpers/bundles'

/** The fields the issue names, plus key hashes; values a shape-only filter would not recognise. */
const REDACTABLE_KEYS = [
  '_credential',
  '_sepKeyData',
  '_deviceSigningKeyData',
  '_deviceEncryptionKeyData',
  'userDecryptionCertificate',
  'userUnlockCertificate',
  'deviceSigningCertificate',
  'userDecryptionContext',
  'userUnlockData',
  'userDecryptionKeyHash',
  'userUnlockHash',
  'deviceSigningKeyHash',
  'deviceContext',
  'cacheName',
]
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiJqd3QifQ.Y2FuYXJ5c2lnbmF0dXJl'
/** Keys the red-team pass found unredacted (values a shape-only filter would not recognise). */
const MORE_SECRET_KEYS = ['sessionKey', 'privateKey', 'passphrase', 'prt', 'clientAssertion']
/** A Kerberos cache named by a bare GUID; the unified log mentions it without any context. */
const BARE_GUID_CACHE = '1B4E28BA-2FA1-41D2-883F-0016D3CCA427'
/** A JWE: five segments, all of which must go (its last one survived). */
const JWE = `eyJhbGciOiJSU0EtT0FFUCJ9.${'Q2FuYXJ5a2V5'.repeat(40)}.Y2FuYXJ5aXY.${'Y2FuYXJ5Y2lwaGVy'.repeat(200)}.Y2FuYXJ5amV3ZXRhZw`

/** Plants a unique canary in every redactable field present, and adds the absent ones to every section. */
function plant(text: string, canaries: string[]): string {
  const canary = () => {
    const value = `canary${canaries.length}secret`
    canaries.push(value)
    return value
  }
  const keyPattern = new RegExp(`^(\\s*"(?:${REDACTABLE_KEYS.join('|')}|\\w+Hash)" : )"[^"\\n]*"?`, 'gm')
  const block = () => {
    canaries.push(JWT, JWE, BARE_GUID_CACHE)
    const url = `https://login.microsoftonline.com/common/oauth2/authorize?client_secret=${canary()}&code=${canary()}&sig=${canary()}&access_token=${canary()}&api-version=1.0`
    return [
      ...[...REDACTABLE_KEYS, ...MORE_SECRET_KEYS].map((key) => `  "${key}" : "${canary()}",`),
      `  "futureTokenField" : "${JWT}",`,
      `  "futureJweField" : "${JWE}",`,
      `  "cacheName" : "${BARE_GUID_CACHE}",`,
      `  "futureURL" : "${url}",`,
      `  "futureNote" : "retried with refresh_token=${canary()} after a failure",`,
    ].join('\n')
  }
  const replaced = text.replace(keyPattern, (_m, prefix: string) => `${prefix}"${canary()}"`)
  // No JSON section to plant in (not configured, empty, garbage): the fields appear as loose text.
  if (!/^ \{$/m.test(replaced)) return `${replaced}\n${block()}\n`
  return replaced.replace(/^ \{$/gm, () => ` {\n${block()}`)
}

const PROFILE_CANARIES = [
  'canaryProfilePassword',
  'Y2FuYXJ5cHJvZmlsZWRhdGE=',
  'canaryScepChallenge',
  'canaryWifiPassphrase',
  'canaryPrivateKey',
  'canaryVpnSharedSecret',
  'canaryPasswordAfterComment',
  'canaryPasswordInCdata',
  'canaryPasswordWithEntities',
]
/** Password written with character entities, as an XML writer may: `canaryPasswordWithEntities`. */
const ENTITY_PASSWORD = 'canary&#80;assword&#x57;ithEntities'
const plantedProfiles = profilesFixture().replace(
  '<key>PayloadType</key>',
  [
    `<key>Password</key><string>${PROFILE_CANARIES[0]}</string>`,
    `<key>PayloadContent</key><data>${PROFILE_CANARIES[1]}</data>`,
    `<key>Challenge</key><string>${PROFILE_CANARIES[2]}</string>`,
    `<key>Passphrase</key><string>${PROFILE_CANARIES[3]}</string>`,
    `<key>PrivateKey</key><string>${PROFILE_CANARIES[4]}</string>`,
    `<key>SharedSecret</key><string>${PROFILE_CANARIES[5]}</string>`,
    `<key>UserPassword</key><!-- set by the MDM --><string>${PROFILE_CANARIES[6]}</string>`,
    `<key>AuthPassword</key><string><![CDATA[${PROFILE_CANARIES[7]}]]></string>`,
    `<key>Pass&#119;ord</key><string>${ENTITY_PASSWORD}</string>`,
    '<key>PayloadType</key>',
  ].join(''),
)
const LOG_CANARIES = [
  'canaryBearerValue1',
  'canaryCookieValue',
  'canaryRefreshValue',
  'canaryCacheValue',
  'canaryAuthCode',
  'canaryClientAssertion',
  'canarylowercasebearer',
  'canaryRefreshTokenCredential',
  '6F1D2C3B4A5968778695A4B3C2D1E0F11223344A',
  '6f1d2c3b4a5968778695a4b3c2d1e0f11223344b',
  '2C7A1E90-5B3D-4E6F-9A8B-7C6D5E4F3A2B',
  'canaryQuerySecret',
]
const logLines = [
  `Authorization: Bearer ${LOG_CANARIES[0]}`,
  `Cookie: ESTSAUTH=${LOG_CANARIES[1]}`,
  `POST /token refresh_token=${LOG_CANARIES[2]}&grant_type=refresh_token`,
  `acquired ticket in API:${LOG_CANARIES[3]}`,
  `id token ${JWT}`,
  `redirect received code=${LOG_CANARIES[4]}&state=abc`,
  `token request client_assertion=${LOG_CANARIES[5]} client_assertion_type=jwt-bearer`,
  `header authorization: bearer ${LOG_CANARIES[6]}`,
  `x-ms-RefreshTokenCredential: ${LOG_CANARIES[7]}`,
  `device key hash ${LOG_CANARIES[8]} and ${LOG_CANARIES[9]}`,
  `using Kerberos cache ${LOG_CANARIES[10]} for the TGT`,
  `credentials for ${BARE_GUID_CACHE} refreshed`,
  `GET https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=29d9ed98-a469-4536-ade2-f981bc1d605e&sessionToken=${LOG_CANARIES[11]}&api-version=2.0`,
  `encrypted ${JWE}`,
].join('\n')

const KEPT = {
  upn: 'cake1@cake.run.place',
  deviceId: '38d94132-e90a-4e9d-bfdc-a52633ed2772',
  tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
}

/** Every output for a fixture; with `canaries`, secrets are planted first and collected there. */
async function everyOutput(fixtureText: string, pseudonymize: boolean, canaries?: string[], extraLog = '') {
  const log = extraLog ? `${logLines}\n${extraLog}` : logLines
  const capture = captureOf(canaries ? plant(fixtureText, canaries) : fixtureText, {
    profiles: plantedProfiles,
  })
  const homeDir = tempHome()
  const logger = createAppLogger({ homeDir, now: () => 0, level: 'debug' })
  for (const line of log.split('\n')) logger.info(line)
  await logger.flush()
  const report = buildReport(
    { state: stateFromCapture(capture), capture, appVersion: 'test', generatedAt: '2026-11-21T10:00:00Z' },
    { redactor: createRedactor({ pseudonymize }) },
  )
  const bundle = await buildTestBundle(capture, { pseudonymize, homeDir, unifiedLog: log })
  return {
    report,
    outputs: <Record<string, string>>{
      markdown: report.markdown,
      json: JSON.stringify(report.json),
      ...Object.fromEntries(Object.entries(bundle.files).map(([name, text]) => [`bundle:${name}`, text])),
    },
    bundle,
  }
}

describe.each([false, true])('canaries (pseudonymize: %s)', (pseudonymize) => {
  it.each(appSsoFixtures())('no canary survives in any output: $name', async ({ text }) => {
    const canaries: string[] = [...PROFILE_CANARIES, ...LOG_CANARIES, ...JWE.split('.').slice(1)]
    const { outputs, bundle } = await everyOutput(text, pseudonymize, canaries)
    // The canaries were really planted, and the outputs really include the logs and raw outputs.
    expect(canaries.length).toBeGreaterThan(PROFILE_CANARIES.length + LOG_CANARIES.length)
    expect(Object.keys(bundle.files)).toEqual(
      expect.arrayContaining(['logs/psso-helper.log', 'logs/com.apple.AppSSO.log', 'raw/profiles.xml']),
    )
    const survivors = Object.entries(outputs).flatMap(([name, output]) =>
      canaries.filter((canary) => output.includes(canary)).map((canary) => `${canary} in ${name}`),
    )
    expect(survivors).toEqual([])
  })
})

describe('kept identifiers', () => {
  const fixture = appSsoFixtures().find((f) => f.name === 'sequoia-password-registered.txt')!.text

  it('are in the report and the bundle by default', async () => {
    const { outputs } = await everyOutput(fixture, false)
    for (const output of [outputs.markdown, outputs.json, outputs['bundle:report.md']!])
      for (const value of Object.values(KEPT)) expect(output).toContain(value)
  })

  it('are pseudonymised consistently when configured: the same pseudonym in the facts and the raw output', async () => {
    const { report, outputs } = await everyOutput(fixture, true)
    for (const output of Object.values(outputs))
      for (const value of [...Object.values(KEPT), 'cake.run.place']) expect(output).not.toContain(value)
    const { psso } = report.json.state
    expect(psso.tenantId).toMatch(/^[0-9a-f-]{36}$/)
    expect(psso.deviceId).toMatch(/^[0-9a-f-]{36}$/)
    expect(psso.user.upn).toMatch(/^user-[0-9a-f]{10}@[0-9a-f]{10}\.invalid$/)
    expect(report.json.raw.appSso).toContain(`/${psso.tenantId}/v2.0`)
    expect(report.json.raw.appSso).toContain(psso.user.upn!.replace('@', '\\\\@'))
    expect(outputs.markdown).toContain(psso.deviceId!)
  })

  it('pseudonymises URL-encoded and non-e-mail-shaped UPNs too', async () => {
    // The Kerberos principal without the e-mail part: the UPN fact is then the bare name `cake1`.
    const bareName = fixture.replace('cake1\\\\@cake.run.place@KERBEROS', 'cake1@KERBEROS')
    expect(bareName).not.toBe(fixture)
    const { report, outputs } = await everyOutput(
      bareName,
      true,
      undefined,
      'signed in as cake1 (login_name cake1%40cake.run.place, hint cake1%40cake.run.place)',
    )
    expect(report.json.state.psso.user.upn).toMatch(/^user-[0-9a-f]{10}$/)
    // The bundle has its own pseudonym key; within it, the fact and the log agree.
    const bundled = JSON.parse(outputs['bundle:report.json']!) as typeof report.json
    const pseudonym = bundled.state.psso.user.upn!
    for (const [name, output] of Object.entries(outputs)) {
      expect(output, name).not.toMatch(/(?<![A-Za-z0-9])cake1(?![0-9])/)
      expect(output, name).not.toContain('cake.run.place')
    }
    expect(outputs['bundle:logs/com.apple.AppSSO.log']).toContain(
      `signed in as ${pseudonym} (login_name ${pseudonym}%40`,
    )
  })
})

describe('the Mac’s identification (serial number, computer name)', () => {
  const fixture = appSsoFixtures().find((f) => f.name === 'sequoia-password-registered.txt')!.text
  const DEVICE = {
    serialNumber: 'C02FK1ABQ6L4',
    model: 'Mac14,2',
    modelName: 'MacBook Air',
    chip: 'Apple M2',
    computerName: 'Alex Kimura’s MacBook Air',
    problems: [],
  }
  /** Every output made through the helpdesk facade (the app's and the CLI's path), the names also in the logs. */
  async function identified(pseudonymize: boolean) {
    const capture = captureOf(fixture)
    const homeDir = tempHome()
    const logger = createAppLogger({ homeDir, now: () => 0, level: 'debug' })
    logger.info(`hostname ${DEVICE.computerName}, serial ${DEVICE.serialNumber}`)
    await logger.flush()
    const helpdeskCapture = {
      state: stateFromCapture(capture),
      raw: capture,
      diagnosis: DEFAULT_DIAGNOSIS_CONTEXT,
      device: DEVICE,
    }
    const options = { pseudonymize, appVersion: 'test', now: () => Date.parse('2026-11-21T10:00:00Z') }
    const file = path.join(tempHome(), 'bundle.zip')
    await bundleFromCapture(file, helpdeskCapture, {
      ...options,
      homeDir,
      system: logOnlySystem(`AppSSO on ${DEVICE.computerName} (${DEVICE.serialNumber})\n`),
    })
    const files = unzipSync(readFileSync(file))
    return <Record<string, string>>{
      markdown: reportFromCapture(helpdeskCapture, options, 'markdown'),
      json: reportFromCapture(helpdeskCapture, options, 'json'),
      ...Object.fromEntries(Object.entries(files).map(([name, data]) => [`bundle:${name}`, strFromU8(data)])),
    }
  }

  it('are kept by default, in the report and the bundle', async () => {
    const outputs = await identified(false)
    for (const name of ['markdown', 'json', 'bundle:report.md', 'bundle:report.json', 'bundle:capture.json'])
      for (const value of [DEVICE.serialNumber, DEVICE.computerName]) expect(outputs[name]).toContain(value)
  })

  it('survive nowhere when pseudonymised, logs included, and the pseudonym is the same in the facts', async () => {
    const outputs = await identified(true)
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['bundle:logs/psso-helper.log', 'bundle:logs/com.apple.AppSSO.log']),
    )
    const survivors = Object.entries(outputs).flatMap(([name, output]) =>
      [DEVICE.serialNumber, DEVICE.computerName]
        .filter((value) => output.includes(value))
        .map((v) => `${v} in ${name}`),
    )
    expect(survivors).toEqual([])
    const device = JSON.parse(outputs.json!).device
    expect(device.serialNumber).toMatch(/^name-[0-9a-f]{12}$/)
    expect(device.model).toBe('Mac14,2')
    expect(outputs['bundle:logs/com.apple.AppSSO.log']).toMatch(
      /AppSSO on name-[0-9a-f]{12} \(name-[0-9a-f]{12}\)/,
    )
  })
})
