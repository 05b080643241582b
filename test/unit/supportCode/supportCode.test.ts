// The support code: every fixture round-trips, every single-symbol mistake and adjacent swap is
// caught, unknowns stay unknown, newer formats are recognised, nothing personal is encoded.
import { describe, expect, it } from 'vitest'
import { FINDING_IDS } from '../../../main/common/diagnosis/findingIds'
import type { MacState } from '../../../main/common/model/macState'
import {
  ALPHABET,
  checkPasses,
  checkValue,
  dammStep,
  normaliseCode,
} from '../../../main/common/supportCode/crockford'
import {
  decodeSupportCode,
  encodeSupportCode,
  supportCodeFacts,
  tokenAgeBucket,
} from '../../../main/common/supportCode/supportCode'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { appSsoFixtures, captureOf } from '../../helpers/captures'

const fixtures = appSsoFixtures()
const states = fixtures.flatMap(({ name, text }) => [
  { name, state: stateFromCapture(captureOf(text)) },
  {
    name: `${name} (no Company Portal, macOS 26.1)`,
    state: stateFromCapture(captureOf(text, { companyPortalVersion: null, macOS: '26.1' })),
  },
  {
    name: `${name} (old Company Portal)`,
    state: stateFromCapture(captureOf(text, { companyPortalVersion: '5.2309.0' })),
  },
])
const unreadable = stateFromCapture({
  ...captureOf(''),
  appSso: { status: 'notFound', path: '/usr/bin/app-sso', durationMs: 1 },
  swVers: { status: 'timedOut', timeoutMs: 10, durationMs: 10 },
})

const symbolsOf = (code: string) => code.replace(/-/g, '').split('')

describe('the check symbol (Damm over GF(32))', () => {
  it('is a quasigroup: each step is a bijection of the symbol (so any single wrong symbol changes the check)', () => {
    for (let interim = 0; interim < 32; interim++) {
      const results = new Set(Array.from({ length: 32 }, (_, symbol) => dammStep(interim, symbol)))
      expect(results.size).toBe(32)
    }
    for (let symbol = 0; symbol < 32; symbol++) {
      const results = new Set(Array.from({ length: 32 }, (_, interim) => dammStep(interim, symbol)))
      expect(results.size).toBe(32)
    }
  })

  it('is weakly totally anti-symmetric: swapping two different adjacent symbols always changes the result', () => {
    const undetected: number[][] = []
    for (let c = 0; c < 32; c++)
      for (let x = 0; x < 32; x++)
        for (let y = 0; y < 32; y++)
          if (x !== y && dammStep(dammStep(c, x), y) === dammStep(dammStep(c, y), x))
            undetected.push([c, x, y])
    expect(undetected).toEqual([])
  })

  it('accepts exactly the right check symbol', () => {
    const data = [1, 7, 30, 0, 12]
    for (let check = 0; check < 32; check++)
      expect(checkPasses([...data, check])).toBe(check === checkValue(data))
  })
})

describe('support codes of every fixture', () => {
  it.each(states)('round-trips: $name', ({ state }) => {
    const code = encodeSupportCode(state)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
    const decoded = decodeSupportCode(code)
    expect(decoded).toEqual({ ok: true, facts: supportCodeFacts(state) })
  })

  it('detects every single-symbol mistake and every swap of adjacent different symbols, in every code', () => {
    const undetected: string[] = []
    let mistakes = 0
    let swaps = 0
    for (const { state } of states) {
      const symbols = symbolsOf(encodeSupportCode(state))
      symbols.forEach((original, position) => {
        for (const wrong of ALPHABET) {
          if (wrong === original) continue
          const typed = [...symbols]
          typed[position] = wrong
          if (decodeSupportCode(typed.join('')).ok) undetected.push(typed.join(''))
          mistakes++
        }
        const next = symbols[position + 1]
        if (next !== undefined && next !== original) {
          const swapped = [...symbols]
          swapped[position] = next
          swapped[position + 1] = original
          if (decodeSupportCode(swapped.join('')).ok) undetected.push(swapped.join(''))
          swaps++
        }
      })
    }
    expect(undetected).toEqual([])
    expect(mistakes).toBe(states.length * 15 * 31)
    expect(swaps).toBeGreaterThan(states.length * 5)
  })

  it('refuses every code with a symbol left out or one too many', () => {
    const accepted: string[] = []
    for (const { state } of states) {
      const symbols = symbolsOf(encodeSupportCode(state))
      symbols.forEach((_symbol, position) => {
        const dropped = [...symbols.slice(0, position), ...symbols.slice(position + 1)].join('')
        if (decodeSupportCode(dropped).ok) accepted.push(dropped)
        for (const extra of ALPHABET) {
          const added = [...symbols.slice(0, position), extra, ...symbols.slice(position)].join('')
          if (decodeSupportCode(added).ok) accepted.push(added)
        }
      })
    }
    expect(accepted).toEqual([])
  })

  it('differ wherever the diagnoses differ', () => {
    const diagnosis = (state: MacState) => JSON.stringify(supportCodeFacts(state))
    for (const a of states)
      for (const b of states)
        if (diagnosis(a.state) !== diagnosis(b.state))
          expect(encodeSupportCode(a.state), `${a.name} vs ${b.name}`).not.toBe(encodeSupportCode(b.state))
    // The fixtures really do cover different diagnoses.
    expect(new Set(states.map((s) => s.state.verdict.status)).size).toBeGreaterThanOrEqual(4)
  })

  it('carry no personal data: changing the UPN, device ID and tenant ID changes nothing', () => {
    const { state } = states[0]!
    const other = structuredClone(state)
    other.psso.deviceId = '11111111-2222-3333-4444-555555555555'
    other.psso.tenantId = '66666666-7777-8888-9999-000000000000'
    other.psso.user.upn = 'someone.else@example.com'
    other.psso.user.loginUserName = 's***@example.com'
    expect(encodeSupportCode(other)).toBe(encodeSupportCode(state))
  })
})

describe('decoding what a person typed', () => {
  const code = encodeSupportCode(states[0]!.state)

  it('ignores case, spaces and dashes, and reads O as 0 and I/L as 1', () => {
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')
    expect(normaliseCode(sloppy)).toBe(code.replace(/-/g, ''))
    expect(decodeSupportCode(sloppy)).toEqual(decodeSupportCode(code))
    expect(decodeSupportCode(code.replace(/1/g, 'I')).ok).toBe(true)
  })

  it('names a symbol that is never used', () => {
    expect(decodeSupportCode(`U${code.slice(1)}`)).toMatchObject({ ok: false, reason: 'invalidCharacter' })
  })

  it('reports an empty code and a wrong length instead of guessing', () => {
    expect(decodeSupportCode('  ')).toMatchObject({ ok: false, reason: 'empty' })
    // A valid check over a short code of the current format: the length is what is wrong.
    const short = [1, 2, 3]
    const shortCode = [...short, checkValue(short)].map((v) => ALPHABET[v]).join('')
    expect(decodeSupportCode(shortCode)).toMatchObject({ ok: false, reason: 'wrongLength' })
  })

  it('says a code from a newer format is newer instead of decoding it', () => {
    const data = [3, ...Array(13).fill(5)]
    const newer = [...data, checkValue(data)].map((v) => ALPHABET[v]).join('')
    const result = decodeSupportCode(newer)
    expect(result).toMatchObject({ ok: false, reason: 'newerFormat' })
    expect(!result.ok && result.message).toContain('newer PSSO Helper')
  })

  it('keeps unknowns unknown: an unreadable Mac decodes to nulls, never guesses', () => {
    const decoded = decodeSupportCode(encodeSupportCode(unreadable))
    expect(decoded).toEqual({
      ok: true,
      facts: {
        formatVersion: 2,
        macOS: null,
        pssoReadable: false,
        configured: null,
        method: null,
        deviceRegistered: null,
        userRegistered: null,
        userStateClass: null,
        tokensPresent: null,
        tokensExpired: null,
        tokenAge: null,
        companyPortalInstalled: true,
        companyPortalMeetsMinimum: true,
        verdict: 'unknown',
        findings: ['state-unreadable'],
        moreFindings: false,
        repair: null,
      },
    })
  })
})

describe('token age buckets', () => {
  it.each([
    ['2026-04-25T09:17:44Z', '2026-04-25T09:41:29Z', 'underAnHour'],
    ['2026-04-25T09:17:44Z', '2026-04-26T09:17:43Z', 'underADay'],
    ['2026-04-25T09:17:44Z', '2026-05-05T09:17:44Z', 'under14Days'],
    ['2026-04-25T09:17:44Z', '2026-06-25T09:17:44Z', '30DaysOrMore'],
    [null, '2026-06-25T09:17:44Z', null],
    ['2026-06-26T09:17:44Z', '2026-06-25T09:17:44Z', null],
  ])('received %s, captured %s: %s', (received, captured, bucket) => {
    expect(tokenAgeBucket(received, captured)).toBe(bucket)
  })
})

it('has room for every finding id in a code (a 64th id needs a new code format)', () => {
  expect(FINDING_IDS.length).toBeLessThan(64)
})
