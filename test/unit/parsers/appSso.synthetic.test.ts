// The states no public capture shows, through the synthetic fixtures derived from the real ones.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  parseAppSso,
  userStateClass,
  upnFromKerberos,
  tenantIdFromIssuer,
  deviceIdFromCertificate,
} from '../../../main/node/parsers/appSso'
import { parseEnumValue } from '../../../main/node/parsers/values'
import { realCapture, synthetic } from '../../helpers/fakeSysroot'

const read = (name: string) => parseAppSso(readFileSync(synthetic(`app-sso/${name}`), 'utf8'))

describe('app-sso parser on synthetic states', () => {
  it('parses CRLF line endings to the same facts as LF', () => {
    const lf = parseAppSso(readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8'))
    expect(read('synthetic-password-registered-crlf.txt')).toEqual(lf)
  })

  it('reads a user who needs registration after a password reset', () => {
    expect(read('synthetic-password-needs-registration.txt')).toMatchObject({
      method: 'password',
      deviceRegistered: true,
      user: {
        // The Mac says this user must register: not registered, though the section exists.
        registered: false,
        configurationPresent: true,
        stateName: 'POUserStateNeedsRegistration',
        stateValue: 2,
        stateClass: 'needsRegistration',
      },
      tokens: null,
    })
  })

  it('reads a user who needs new keys', () => {
    expect(read('synthetic-password-needs-new-keys.txt').user).toMatchObject({
      stateClass: 'needsNewKeys',
      stateValue: 1,
    })
  })

  it('keeps the dates of expired tokens, without the note app-sso prints after the date', () => {
    expect(read('synthetic-password-tokens-expired.txt')).toMatchObject({
      time: '2026-05-12T10:00:00Z',
      tokens: { expiresAt: '2026-05-09T09:17:43Z' },
    })
  })

  it('reads a delivered profile whose device is not registered', () => {
    expect(read('synthetic-password-device-not-registered.txt')).toMatchObject({
      configured: true,
      deviceRegistered: false,
      deviceId: null,
      tenantId: null,
      user: { registered: false },
      tokens: null,
    })
  })

  it('keeps unknown keys, nested braces in strings and unknown enum names without failing', () => {
    const facts = read('synthetic-secure-enclave-future-keys.txt')
    expect(facts).toMatchObject({
      readable: true,
      method: 'secureEnclaveKey',
      deviceId: '34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab',
      user: { stateName: 'POUserStateNeedsBinding', stateValue: 5, stateClass: 'other', method: 'unknown' },
    })
  })

  it.each([
    ['synthetic-garbage.txt', 'the output has no Device Configuration section'],
    ['synthetic-empty.txt', 'the output has no Device Configuration section'],
    ['synthetic-truncated.txt', 'Device Configuration: JSON is cut off'],
  ])('says %s is unreadable, with the reason, and guesses nothing', (file, problem) => {
    const facts = read(file)
    expect(facts).toMatchObject({
      readable: false,
      problem,
      configured: null,
      deviceRegistered: null,
      method: null,
    })
    expect(facts.user.registered).toBeNull()
  })
})

describe('value readers', () => {
  it.each([
    ['POLoginTypePassword (1)', { name: 'POLoginTypePassword', value: 1, flags: ['POLoginTypePassword'] }],
    ['(null) (7)', { name: null, value: 7, flags: [] }],
    [
      'AttemptAuthentication, RequireAuthentication (3)',
      {
        name: 'AttemptAuthentication, RequireAuthentication',
        value: 3,
        flags: ['AttemptAuthentication', 'RequireAuthentication'],
      },
    ],
    [
      'TouchIDOrWatchCurrentSet,PasswordFallback (9)',
      { value: 9, flags: ['TouchIDOrWatchCurrentSet', 'PasswordFallback'] },
    ],
    ['POUserStateNormal', { name: 'POUserStateNormal', value: null }],
  ])('parses the enum %s', (raw, expected) => {
    expect(parseEnumValue(raw)).toMatchObject(expected)
  })

  it('classifies user states by name, never by number', () => {
    expect(userStateClass('POUserStateNormal')).toBe('normal')
    expect(userStateClass('POUserStateNeedsRegistration')).toBe('needsRegistration')
    expect(userStateClass('POUserStateNeedsNewKeys')).toBe('needsNewKeys')
    expect(userStateClass('POUserStateUserKeyInvalid')).toBe('other')
    expect(userStateClass(null)).toBe('other')
  })

  it('unescapes the Kerberos principal and drops the realm', () => {
    expect(
      upnFromKerberos([
        { upn: 'a\\@b.example@KERBEROS.MICROSOFTONLINE.COM', realm: 'KERBEROS.MICROSOFTONLINE.COM' },
      ]),
    ).toBe('a@b.example')
    expect(upnFromKerberos([{ upn: 'a\\@b.example@OTHER.REALM' }])).toBe('a@b.example')
    expect(upnFromKerberos([{ cacheName: 'x' }, 7, null])).toBeNull()
  })

  it('finds the tenant only as a GUID path segment of a URL', () => {
    expect(
      tenantIdFromIssuer('https://login.microsoftonline.com/0DDE70E6-F430-449F-8BCE-F4D0A9ECA2A4/v2.0'),
    ).toBe('0dde70e6-f430-449f-8bce-f4d0a9eca2a4')
    expect(tenantIdFromIssuer('https://login.microsoftonline.com/<REDACTED>/v2.0')).toBeNull()
    expect(tenantIdFromIssuer('not a url')).toBeNull()
  })

  it('returns null for a certificate that is redacted or not DER', () => {
    expect(deviceIdFromCertificate('<REDACTED>')).toBeNull()
    expect(deviceIdFromCertificate('AAAA')).toBeNull()
  })
})
