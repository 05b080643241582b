// The canary test: a canary secret planted in every redactable field of every fixture (and in the
// logs and profiles) must not survive in any output: Markdown, JSON, or any file of a bundle. The
// identifiers support needs are still there by default, and pseudonymised consistently when configured.
import { describe, expect, it } from 'vitest'
import { createAppLogger } from '../../../main/node/log/appLog'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { buildReport } from '../../../main/node/report/report'
import { createRedactor } from '../../../main/node/report/redact'
import { appSsoFixtures, captureOf, profilesFixture } from '../../helpers/captures'
import { buildTestBundle, tempHome } from '../../helpers/bundles'

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

/** Plants a unique canary in every redactable field present, and adds the absent ones to every section. */
function plant(text: string, canaries: string[]): string {
  const canary = () => {
    const value = `canary${canaries.length}secret`
    canaries.push(value)
    return value
  }
  const keyPattern = new RegExp(`^(\\s*"(?:${REDACTABLE_KEYS.join('|')}|\\w+Hash)" : )"[^"\\n]*"?`, 'gm')
  const block = () => {
    canaries.push(JWT)
    return `${REDACTABLE_KEYS.map((key) => `  "${key}" : "${canary()}",`).join('\n')}\n  "futureTokenField" : "${JWT}",`
  }
  const replaced = text.replace(keyPattern, (_m, prefix: string) => `${prefix}"${canary()}"`)
  // No JSON section to plant in (not configured, empty, garbage): the fields appear as loose text.
  if (!/^ \{$/m.test(replaced)) return `${replaced}\n${block()}\n`
  return replaced.replace(/^ \{$/gm, () => ` {\n${block()}`)
}

const PROFILE_CANARIES = ['canaryProfilePassword', 'Y2FuYXJ5cHJvZmlsZWRhdGE=']
const plantedProfiles = profilesFixture().replace(
  '<key>PayloadType</key>',
  `<key>Password</key><string>${PROFILE_CANARIES[0]}</string><key>PayloadContent</key><data>${PROFILE_CANARIES[1]}</data><key>PayloadType</key>`,
)
const LOG_CANARIES = ['canaryBearerValue1', 'canaryCookieValue', 'canaryRefreshValue', 'canaryCacheValue']
const logLines = [
  `Authorization: Bearer ${LOG_CANARIES[0]}`,
  `Cookie: ESTSAUTH=${LOG_CANARIES[1]}`,
  `POST /token refresh_token=${LOG_CANARIES[2]}&grant_type=refresh_token`,
  `acquired ticket in API:${LOG_CANARIES[3]}`,
  `id token ${JWT}`,
].join('\n')

const KEPT = {
  upn: 'cake1@cake.run.place',
  deviceId: '38d94132-e90a-4e9d-bfdc-a52633ed2772',
  tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
}

/** Every output for a fixture; with `canaries`, secrets are planted first and collected there. */
async function everyOutput(fixtureText: string, pseudonymize: boolean, canaries?: string[]) {
  const capture = captureOf(canaries ? plant(fixtureText, canaries) : fixtureText, {
    profiles: plantedProfiles,
  })
  const homeDir = tempHome()
  const logger = createAppLogger({ homeDir, now: () => 0, level: 'debug' })
  for (const line of logLines.split('\n')) logger.info(line)
  await logger.flush()
  const report = buildReport(
    { state: stateFromCapture(capture), capture, appVersion: 'test', generatedAt: '2026-11-21T10:00:00Z' },
    { redactor: createRedactor({ pseudonymize }) },
  )
  const bundle = await buildTestBundle(capture, { pseudonymize, homeDir, unifiedLog: logLines })
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
    const canaries: string[] = [...PROFILE_CANARIES, ...LOG_CANARIES]
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
})
