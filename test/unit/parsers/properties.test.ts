// Property-based: no input makes a parser throw; extra keys never change the facts.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAppSso } from '../../../main/node/parsers/appSso'
import { parseManagedSsoPreferences, parseProfilesXml } from '../../../main/node/parsers/profiles'
import { parseSwVers } from '../../../main/node/parsers/swVers'
import { realCapture, synthetic } from '../../helpers/fakeSysroot'

const captures = [
  'sequoia-password-registered.txt',
  'sequoia-secure-enclave-registered.txt',
  'derived-user-not-registered.txt',
].map((name) => readFileSync(realCapture(name), 'utf8'))

/** Lines that look like app-sso output, to reach deeper than random text does. */
const appSsoLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Time: 2025-06-18 20:23:40 +0000',
        'Device Configuration:',
        'User Configuration:',
        'SSO Tokens:',
        ' (null)',
        ' {',
        '}',
        'Received:',
        'Expiration:',
        '"state" : "POUserStateNormal (0)",',
      ),
      fc.string(),
    ),
  )
  .map((lines) => lines.join('\n'))

describe('parsers never throw', () => {
  it('app-sso on arbitrary and app-sso-like text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), appSsoLike), (text) => void parseAppSso(text)),
      { numRuns: 500 },
    )
  })

  it('app-sso on any prefix of a real capture', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...captures),
        fc.nat(),
        (capture, cut) => void parseAppSso(capture.slice(0, cut % capture.length)),
      ),
    )
  })

  it('profiles, managed preferences and sw_vers on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array(), (text, bytes) => {
        parseProfilesXml(text)
        parseManagedSsoPreferences(Buffer.from(bytes))
        parseManagedSsoPreferences(Buffer.concat([Buffer.from('bplist00'), Buffer.from(bytes)]))
        parseSwVers(text)
      }),
    )
    expect(
      parseProfilesXml(readFileSync(synthetic('profiles/synthetic-password.xml'), 'utf8').slice(0, 300)),
    ).toBeNull()
  })
})

describe('extra keys do not change the facts', () => {
  const key = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,15}$/)
  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(key, fc.string(), { maxKeys: 3 }),
  )

  /** Adds keys to the first object of each section, as pretty-printed JSON lines. */
  function withExtraKeys(capture: string, extra: Record<string, unknown>): string {
    const lines = Object.entries(extra).map(
      ([k, v]) => `  ${JSON.stringify(`zz${k}`)} : ${JSON.stringify(v)},`,
    )
    const inserted = lines.map((line) => `${line}\n`).join('')
    return capture.replace(/Configuration:\n \{\n/g, (header) => header + inserted)
  }

  it('for every real capture', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...captures),
        fc.dictionary(key, value, { maxKeys: 6 }),
        (capture, extra) => {
          expect(parseAppSso(withExtraKeys(capture, extra))).toEqual(parseAppSso(capture))
        },
      ),
      { numRuns: 200 },
    )
  })
})
