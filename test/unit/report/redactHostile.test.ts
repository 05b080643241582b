// The redactor against hostile input (synthetic, built here): linear time, JSON it rewrites still
// parses to the same non-secret facts, deep JSON, and the app log's long lines.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAppLogger, readAppLog } from '../../../main/node/log/appLog'
import { parseAppSso } from '../../../main/node/parsers/appSso'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { createRedactor, redactSecretShapes } from '../../../main/node/report/redact'
import { buildReport } from '../../../main/node/report/report'
import { ADVERSARIAL_TEXTS, fastestMs } from '../../helpers/adversarialText'
import { buildTestBundle, tempHome } from '../../helpers/bundles'
import { appSsoFixtures, captureOf } from '../../helpers/captures'
import { realCapture } from '../../helpers/fakeSysroot'
import { deepJson } from '../../helpers/hostileInputs'

const password = readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8')
const redactor = () => createRedactor({ pseudonymize: true })

describe('the redactor runs in linear time: a megabyte of adversarial text in under 200 ms', () => {
  const passes: Record<string, (text: string) => unknown> = {
    text: (t) => redactor().text(t),
    appSso: (t) => redactor().appSso(t),
    plistXml: (t) => redactor().plistXml(t),
    'app-sso output with the text inside a section': (t) =>
      redactor().appSso(password.replace('"POUserStateNormal (0)"', JSON.stringify(t))),
  }
  for (const [name, pass] of Object.entries(passes))
    it.each(Object.entries(ADVERSARIAL_TEXTS))(`${name}: %s`, (_shape, text) => {
      expect(fastestMs(() => pass(text))).toBeLessThan(200)
    })

  it('still finds a secret key and a blob in ordinary text', () => {
    expect(redactSecretShapes('x 9password=hunter2 y')).toBe('x 9password=[redacted] y')
    expect(redactSecretShapes('"refresh_token" : "abc"')).toBe('"refresh_token" : "[redacted]"')
    expect(redactSecretShapes(`k ${'Ab1'.repeat(12)}== z`)).toBe('k [redacted-blob] z')
  })

  it('removes a 100 KB JWE whole, in time (its last segment survived before)', () => {
    const segment = (n: number) => 'Q2FuYXJ5'.repeat(n)
    const jwe = `eyJhbGciOiJSU0EtT0FFUCJ9.${segment(40)}.${segment(2)}.${segment(12_500)}.c2VjcmV0dGFn`
    const line = `received ${jwe} from the token endpoint`
    expect(fastestMs(() => redactSecretShapes(line))).toBeLessThan(200)
    expect(redactSecretShapes(line)).toBe('received [redacted-jwt] from the token endpoint')
  })

  it('redacts 212 KB of base64url in a broken section, in time', () => {
    const blob = 'aB3-_xY9'.repeat(26_500)
    const broken = `${password.slice(0, password.indexOf('"_credential"'))}"_credential" : "${blob}`
    expect(fastestMs(() => redactor().appSso(broken))).toBeLessThan(200)
    expect(redactor().appSso(broken)).not.toContain(blob.slice(0, 40))
  })
})

describe('redaction never corrupts the JSON it rewrites', () => {
  it('keeps a JSON escape whole when an opaque blob follows its backslash', () => {
    // A string with a newline escape right before a key-shaped run: the blob pattern ate the `n`.
    const value = 'line one\nAbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd'
    const capture = password.replace(
      '"POUserStateNormal (0)"',
      `"POUserStateNormal (0)",\n    "note" : ${JSON.stringify(value)}`,
    )
    const before = stateFromCapture(captureOf(capture))
    expect(before.verdict.status).toBe('healthy')
    const out = createRedactor({ pseudonymize: false }).appSso(capture)
    expect(out).not.toContain('\\[redacted')
    expect(parseAppSso(out).readable).toBe(true)
    expect(stateFromCapture(captureOf(out)).verdict.status).toBe('healthy')
  })

  it('keeps an escaped quote whole when a secret key=value sits inside a string', () => {
    const capture = password.replace(
      '"POUserStateNormal (0)"',
      `"POUserStateNormal (0)",\n    "note" : ${JSON.stringify('sent password=abc"def and code=xyz\\q')}`,
    )
    const out = createRedactor({ pseudonymize: false }).appSso(capture)
    expect(parseAppSso(out).readable).toBe(true)
    expect(out).not.toMatch(/abc|xyz/)
  })

  /** Strings a capture's values might hold: escapes, quotes, backslashes, blobs, URLs, secrets. */
  const awkwardString = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[A-Za-z0-9+/_\\\-"=:&?%\n ]{0,80}$/),
    fc.constantFrom(
      '\\',
      '\\n',
      '"',
      'a\nAbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd',
      'https://x.example/a?code=1&api-version=2',
      'refresh_token=abc',
      'Bearer abcdefghijkl',
      'API:abc\\"',
    ),
  )

  it('for any capture, parse(redact(x)) keeps every non-secret fact of parse(x)', () => {
    const fixtures = appSsoFixtures().filter((f) => /^ \{$/m.test(f.text))
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.stringMatching(/^[a-z][A-Za-z]{0,12}$/), awkwardString), { maxLength: 6 }),
        ({ text }, extra) => {
          // Extra fields with awkward values, in the device section (where the facts come from).
          const planted = text.replace(
            /^Device Configuration:\n \{$/m,
            `Device Configuration:\n {\n${extra.map(([k, v]) => `  "x${k}" : ${JSON.stringify(v)},`).join('\n')}`,
          )
          const before = parseAppSso(planted)
          const after = parseAppSso(createRedactor({ pseudonymize: false }).appSso(planted))
          // The device ID is read from the certificate, which redaction removes (the bundle keeps it).
          expect({ ...after, deviceId: null }).toEqual({ ...before, deviceId: null })
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('deep JSON', () => {
  it('a 3,000-level value in a section takes neither report nor bundle down', async () => {
    const deep = password.replace(
      '"POUserStateNormal (0)"',
      `"POUserStateNormal (0)",\n    "deep" : ${deepJson(3000)}`,
    )
    const capture = captureOf(deep)
    const state = stateFromCapture(capture)
    const report = buildReport(
      { state, capture, appVersion: 'test', generatedAt: '2026-11-21T10:00:00Z' },
      { redactor: createRedactor({ pseudonymize: false }) },
    )
    expect(report.json.raw.appSso).toContain('[redacted: nested too deeply]')
    expect(parseAppSso(report.json.raw.appSso!).readable).toBe(true)
    const bundle = await buildTestBundle(capture)
    expect(bundle.files['raw/app-sso.txt']).toContain('[redacted: nested too deeply]')
  })

  it('a 100,000-level value (deeper than JSON.parse goes) is a section that does not parse, redacted as text', () => {
    const deep = password.replace(
      '"POUserStateNormal (0)"',
      `"POUserStateNormal (0)",\n    "deep" : ${deepJson(100_000)}`,
    )
    const out = createRedactor({ pseudonymize: false }).appSso(deep)
    expect(out).not.toContain('7cUzpUejfVk0OoS1EFvLqkuUBd') // _credential
  })
})

describe('the app log', () => {
  it('cuts a long line before redacting it, and never keeps the remains of a cut token', async () => {
    const homeDir = tempHome()
    const logger = createAppLogger({ homeDir, now: () => 0 })
    const token = 'Zm9vYmFyYmF6MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1O'.repeat(20)
    const line = `${'word '.repeat(390)}${token}`
    const started = performance.now()
    for (let i = 0; i < 100; i++) logger.info(line.repeat(4))
    expect((performance.now() - started) / 100).toBeLessThan(20)
    await logger.flush()
    const written = (await readAppLog(homeDir)).text.split('\n')[0]!
    expect(written.length).toBeLessThan(2100)
    expect(written).not.toMatch(/Zm9v/)
    expect(written).toMatch(/word \[…\]$/)
  })
})
