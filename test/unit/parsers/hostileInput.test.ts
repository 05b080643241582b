// Hostile input to the parsers (all synthetic, built here or in test/helpers/hostileInputs.ts):
// bounded plist decoding, linear time on a megabyte of adversarial text, impossible dates.
import { parseBinary } from 'plist'
import { describe, expect, it } from 'vitest'
import { decodeBinaryPlist } from '../../../main/node/parsers/binaryPlist'
import { parseAppSso, splitAppSsoOutput } from '../../../main/node/parsers/appSso'
import { parseCompanyPortalVersion } from '../../../main/node/parsers/companyPortal'
import {
  parseManagedSsoPreferences,
  parseProfilesXml,
  readPlist,
  readPlistChecked,
} from '../../../main/node/parsers/profiles'
import { parseSwVers } from '../../../main/node/parsers/swVers'
import { parseEnumValue, toIsoDate } from '../../../main/node/parsers/values'
import { readPreferencesFile } from '../../../main/node/config/readConfig'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { ADVERSARIAL_TEXTS, fastestMs } from '../../helpers/adversarialText'
import { captureOf } from '../../helpers/captures'
import {
  deepXmlPlist,
  exponentialPlist,
  selfReferencingPlist,
  smallBinaryDictionary,
} from '../../helpers/hostileInputs'
import { realCapture } from '../../helpers/fakeSysroot'
import { readFileSync } from 'node:fs'

const password = readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8')

describe('binary plists are decoded within bounds', () => {
  it('refuses a 29-level plist whose arrays each reference the next one twice, quickly and with a reason', () => {
    const hostile = exponentialPlist(29)
    expect(hostile.length).toBeLessThan(1024)
    const started = performance.now()
    const result = readPlistChecked(hostile)
    expect(performance.now() - started).toBeLessThan(500)
    expect(result.value).toBeNull()
    expect(result.problem).toMatch(/expands to more than \d+ values/)
  })

  it('refuses a self-referencing array as a cycle', () => {
    expect(decodeBinaryPlist(selfReferencingPlist())).toEqual({
      ok: false,
      reason: 'the binary property list refers to itself (a cycle)',
    })
  })

  it('still reads shared references that expand within the bounds (10 levels: 1,024 leaves)', () => {
    const value = readPlist(exponentialPlist(10))
    expect(JSON.stringify(value).match(/"x"/g)).toHaveLength(1024)
  })

  it('decodes an ordinary binary plist as the plist package does', () => {
    const data = smallBinaryDictionary()
    expect(readPlist(data)).toEqual({ key: 'value' })
    expect(readPlist(data)).toEqual(parseBinary(data))
  })

  it('treats a truncated or lying binary plist as unreadable, never a crash', () => {
    const data = smallBinaryDictionary()
    for (const cut of [8, 20, data.length - 1])
      expect(readPlistChecked(data.subarray(0, cut)).value).toBeNull()
    const lying = Buffer.from(data)
    lying.writeBigUInt64BE(10n ** 12n, lying.length - 24) // a trillion objects
    expect(readPlistChecked(lying).problem).toMatch(/objects \(at most/)
  })

  it('gives the reason where the plist is read: preferences, Company Portal, managed SSO settings', async () => {
    const hostile = exponentialPlist(29)
    const read = await readPreferencesFile(
      { readFile: async () => ({ status: 'ok', data: hostile }) },
      { source: 'user', path: '/Users/x/Library/Preferences/io.github.psso-helper.plist' },
    )
    expect(read.entries).toEqual({})
    expect(read.problems[0]!.message).toMatch(/was ignored: the binary property list expands to more than/)
    expect(parseCompanyPortalVersion(hostile)).toBeNull()
    expect(parseManagedSsoPreferences(hostile)).toBeNull()
    const capture = { ...captureOf(password), companyPortalInfo: { status: 'ok' as const, data: hostile } }
    expect(stateFromCapture(capture).companyPortal.version).toBeNull()
  })

  it('refuses a deeply nested XML plist before its recursive parser starts', () => {
    expect(readPlistChecked(deepXmlPlist(5000)).problem).toMatch(/nests deeper than 64 levels/)
    expect(parseProfilesXml(deepXmlPlist(5000))).toBeNull()
    expect(readPlistChecked(deepXmlPlist(20)).value).not.toBeNull()
  })
})

describe('every parser runs in linear time: a megabyte of adversarial text in under 200 ms', () => {
  const parsers: Record<string, (text: string) => unknown> = {
    parseAppSso,
    parseSwVers,
    parseEnumValue,
    parseProfilesXml,
    readPlist,
    toIsoDate,
  }
  for (const [name, parse] of Object.entries(parsers))
    it.each(Object.entries(ADVERSARIAL_TEXTS))(`${name}: %s`, (_shape, text) => {
      expect(fastestMs(() => parse(text))).toBeLessThan(200)
    })
})

describe('enums and sw_vers still read as before', () => {
  it('parses enum names, numbers and flags', () => {
    expect(parseEnumValue('POLoginTypePassword (1)')).toEqual({
      name: 'POLoginTypePassword',
      value: 1,
      flags: ['POLoginTypePassword'],
      raw: 'POLoginTypePassword (1)',
    })
    expect(parseEnumValue('A, B (-3)')).toMatchObject({ name: 'A, B', value: -3, flags: ['A', 'B'] })
    expect(parseEnumValue('(null) (7)')).toMatchObject({ name: null, value: 7 })
    expect(parseEnumValue('Name (x)')).toMatchObject({ name: 'Name (x)', value: null })
  })

  it('parses sw_vers with tabs or spaces, CRLF, and a key without a value', () => {
    expect(parseSwVers('ProductName:\tmacOS\r\nProductVersion:   15.6\r\nBuildVersion:\t24G84\r\n')).toEqual({
      productName: 'macOS',
      version: '15.6',
      build: '24G84',
    })
    expect(parseSwVers('ProductName:\nProductVersion:\t15.6\n').productName).toBeNull()
  })
})

describe('odd Time: values', () => {
  const withTime = (line: string) => password.replace(/^Time: .*$/m, line)

  it.each([
    ['Time: 2026-02-30 10:00:00 +0000', '30 February'],
    ['Time: 2026-04-31 10:00:00 +0000', '31 April'],
    ['Time: 2026-05-01 24:00:00 +0000', '24:00:00'],
    ['Time: 2026-05-01 10:60:00 +0000', 'minute 60'],
    ['Time: 9999-12-31 23:00:00 -1300', 'year 9999 pushed into year 10000'],
    ['Time: 2026-05-01 10:00:00 +9900', 'an offset of 99 hours'],
    ['Time: 2026-13-01 10:00:00 +0000', 'month 13'],
  ])('rejects %s (%s): the capture time is unknown, and the probe says so', (line) => {
    const facts = parseAppSso(withTime(line))
    expect(facts.time).toBeNull()
    expect(facts.timeProblem).toMatch(/^the Time: line is not a possible date/)
    expect(facts.readable).toBe(true)
    const state = stateFromCapture(captureOf(withTime(line)))
    expect(state.capturedAt).toBe('2026-11-21T10:00:00Z') // the probe's clock
    expect(state.probes.appSso.detail).toMatch(/capture time is unknown/)
  })

  it('accepts a leap day and a BOM before Time:', () => {
    expect(toIsoDate('2028-02-29T10:00:00Z')).toBe('2028-02-29T10:00:00Z')
    expect(toIsoDate('2026-02-29T10:00:00Z')).toBeNull()
    expect(splitAppSsoOutput(`\uFEFF${password}`).time).toBe(splitAppSsoOutput(password).time)
    expect(parseAppSso(`\uFEFF${password}`).time).not.toBeNull()
    expect(parseAppSso(password).timeProblem).toBeNull()
  })
})
