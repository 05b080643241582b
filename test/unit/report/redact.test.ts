// The redactor on its own: outputs stay parseable, secret shapes go wherever they appear, support's
// facts stay, pseudonyms are stable within a report and differ between reports.
import { describe, expect, it } from 'vitest'
import { parseAppSso } from '../../../main/node/parsers/appSso'
import { parseProfilesXml, readPlist } from '../../../main/node/parsers/profiles'
import { createRedactor, redactSecretShapes, REDACTED } from '../../../main/node/report/redact'
import { appSsoFixtures, profilesFixture } from '../../helpers/captures'

const fixtures = appSsoFixtures()
const password = fixtures.find((f) => f.name === 'sequoia-password-registered.txt')!.text
const TENANT = '0dde70e6-f430-449f-8bce-f4d0a9eca2a4'
const DEVICE = '38d94132-e90a-4e9d-bfdc-a52633ed2772'

describe('app-sso output', () => {
  it.each(fixtures)(
    'reads the same facts after redaction, except the device ID inside the certificate ($name)',
    ({ text }) => {
      const before = parseAppSso(text)
      const after = parseAppSso(createRedactor({ pseudonymize: false }).appSso(text))
      expect({ ...after, deviceId: null }).toEqual({ ...before, deviceId: null })
    },
  )

  it('removes the key material, certificates, hashes and the Kerberos cache name, and keeps the rest', () => {
    const out = createRedactor({ pseudonymize: false }).appSso(password)
    for (const secret of [
      '7cUzpUejfVk0OoS1EFvLqkuUBd+Y118m97IA0NTw3NU=', // _credential
      '6z5mkV8fKeztgA4Bd7BOm+hYs3AE/+S8fxc7J2dPecQ=', // _deviceEncryptionKeyData
      'MIIDNzCCAh-gAwIBAgIQ', // deviceSigningCertificate
      '99E116E28CAF59E9BBE83349A0A2AC96E4A48968', // userDecryptionKeyHash
      'D34F94F87D84B68AE31171BB98D3413406797109', // userUnlockHash
      '2aEBFIpgJoBOvViM4Cfk9phNdqFteXzdonJX0+4LveM=', // deviceContext
      '4653A707-6537-4F9C-A2E9-446AC612A005', // cacheName
    ])
      expect(out).not.toContain(secret)
    expect(out).toContain(`"_credential" : "${REDACTED}"`)
    expect(out).toContain(TENANT)
    expect(out).toContain('cake1\\\\@cake.run.place@KERBEROS.MICROSOFTONLINE.COM')
    expect(out).toContain('"tokenEndpointURL" : "https://login.microsoftonline.com/')
    expect(out).toContain('2026-05-09T09:17:43Z (Not Expired)')
  })

  it('still redacts a section it cannot parse (a capture cut off mid-certificate)', () => {
    const cut = password.slice(0, password.indexOf('"userDecryptionKeyHash"') + 40)
    const out = createRedactor({ pseudonymize: false }).appSso(cut)
    expect(out).not.toContain('7cUzpUejfVk0OoS1EFvLqkuUBd')
    expect(out).not.toContain('99E116E28CAF59E9')
  })
})

describe('pseudonyms', () => {
  it('replace the UPN, tenant and device ID everywhere, the same way each time within a report', () => {
    const redactor = createRedactor({ pseudonymize: true, identifiers: [DEVICE] })
    const out = redactor.appSso(password)
    expect(out).not.toMatch(/cake1|cake\.run\.place|0dde70e6/)
    const facts = parseAppSso(out)
    expect(facts.tenantId).toBe(redactor.identifier(TENANT))
    expect(facts.tenantId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(facts.user.upn).toBe(redactor.identifier('cake1@cake.run.place'))
    expect(redactor.text(`device ${DEVICE.toUpperCase()} ok`)).toBe(
      `device ${redactor.identifier(DEVICE)!.toUpperCase()} ok`,
    )
    // The masked login name keeps the same pseudonymous domain as the UPN.
    expect(facts.user.loginUserName!.split('@')[1]).toBe(facts.user.upn!.split('@')[1])
  })

  it('differ between reports (a per-report random key)', () => {
    const a = createRedactor({ pseudonymize: true }).identifier('cake1@cake.run.place')
    const b = createRedactor({ pseudonymize: true }).identifier('cake1@cake.run.place')
    expect(a).not.toBe(b)
  })

  it('are off by default: identifiers are kept', () => {
    expect(createRedactor({ pseudonymize: false }).identifier('cake1@cake.run.place')).toBe(
      'cake1@cake.run.place',
    )
  })
})

describe('secret shapes in free text (logs)', () => {
  it.each([
    [
      'a JWT',
      'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlc2ln here',
      'eyJhbGciOiJSUzI1NiJ9',
    ],
    ['a bearer token', 'Authorization: Bearer abcdefghij0123456789', 'abcdefghij0123456789'],
    ['a cookie header', 'Cookie: ESTSAUTH=secretcookievalue; other=1', 'secretcookievalue'],
    ['a set-cookie header', 'set-cookie: x-ms-gateway-slice=abc; path=/', 'x-ms-gateway-slice=abc'],
    ['a refresh token in a query', 'GET /token?refresh_token=0.ARoAsecret&client_id=1', '0.ARoAsecret'],
    ['a Kerberos cache name', 'using cache KCM:501:98765 for user', '501:98765'],
    ['a JSON key in a log line', '"userUnlockData" : "sEcReTvalue", next', 'sEcReTvalue'],
    [
      'an opaque key blob',
      'key=Zm9vYmFyYmF6MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1O',
      'Zm9vYmFyYmF6MTIzNDU2Nzg5MEFC',
    ],
  ])('removes %s', (_name, line, secret) => {
    expect(redactSecretShapes(line)).not.toContain(secret)
  })

  it('keeps what support needs: times, error codes, correlation IDs, URLs, states', () => {
    const line =
      '2026-04-25 09:17:44.123 E AppSSO: request failed error=invalid_grant AADSTS50126 correlation_id=9f1c2a4e-1b2c-4d5e-8f90-1a2b3c4d5e6f url=https://login.microsoftonline.com/common/oauth2/v2.0/token state=POUserStateNormal'
    expect(redactSecretShapes(line)).toBe(line)
  })
})

describe('profiles XML', () => {
  it('loses <data> blobs and passwords, and stays a plist the parser reads the same', () => {
    const xml = profilesFixture().replace(
      '<key>PayloadType</key>',
      '<key>Password</key><string>hunter2canary</string><key>PayloadCertificate</key><data>Y2FuYXJ5ZGF0YQ==</data><key>PayloadType</key>',
    )
    const out = createRedactor({ pseudonymize: false }).plistXml(xml)
    expect(out).not.toContain('hunter2canary')
    expect(out).not.toContain('Y2FuYXJ5ZGF0YQ')
    expect(readPlist(out)).not.toBeNull()
    expect(parseProfilesXml(out)).toEqual(parseProfilesXml(profilesFixture()))
  })
})
