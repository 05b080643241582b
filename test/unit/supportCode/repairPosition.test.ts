// The repair position a support code carries: the step table is append-only (a code read aloud
// today means the same step to every later version), every playbook step has a slot, the position
// round-trips through a code, and format-1 codes still decode.
import { describe, expect, it } from 'vitest'
import { FINDING_IDS } from '../../../main/common/diagnosis/findingIds'
import { PLAYBOOKS } from '../../../main/common/repair/index'
import { PLAYBOOK_IDS } from '../../../main/common/repair/playbookIds'
import { ALPHABET, checkValue } from '../../../main/common/supportCode/crockford'
import { explainSupportCode } from '../../../main/common/supportCode/explain'
import {
  MAX_CODE_PLAYBOOKS,
  MAX_CODE_STEPS,
  REPAIR_STEP_TABLE,
  repairPositionOf,
} from '../../../main/common/supportCode/repairPosition'
import { decodeSupportCode, encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { macStateFrom } from '../../helpers/macStates'

/** The table as format 2 shipped it. Append to REPAIR_STEP_TABLE; never change these slots. */
const SHIPPED: Record<string, string[]> = {
  'password-reset': [
    'temporary-password',
    'set-permanent-password',
    'lock-and-unlock',
    'asked-for-new-password',
    'sign-in-when-asked',
    'wait-for-sign-in',
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'confirm-registered',
  ],
  'registration-required': [
    'check-company-portal',
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'sign-in-appeared',
    'focus',
    'log-out-and-in',
    'company-portal-register-device',
    'confirm-registered',
  ],
  'register-user': [
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'confirm-registered',
  ],
  'refresh-tokens': ['lock-and-unlock', 'sign-in-once'],
  'secure-enclave-password': [
    'keep-mac-password',
    'passkey-settings-macos14',
    'passkey-settings-macos15',
    'passkey-company-portal',
  ],
  'not-configured': ['company-portal', 'wait-for-settings', 'contact'],
  'helpdesk-handoff': ['contact', 'support-code', 'keep-open'],
}
const SHIPPED_PLAYBOOKS = [
  'password-reset',
  'registration-required',
  'register-user',
  'refresh-tokens',
  'secure-enclave-password',
  'not-configured',
  'helpdesk-handoff',
]

const state = macStateFrom('real:derived-user-not-registered.txt')
const session = (playbookId: string, stepId: string | null, phase: string) => ({
  playbookId,
  phase,
  view: { currentStepId: stepId },
})

describe('the repair position table', () => {
  it('is append-only: every shipped slot keeps its index', () => {
    expect(PLAYBOOK_IDS.slice(0, SHIPPED_PLAYBOOKS.length)).toEqual(SHIPPED_PLAYBOOKS)
    for (const [playbookId, steps] of Object.entries(SHIPPED))
      expect(REPAIR_STEP_TABLE[playbookId as keyof typeof REPAIR_STEP_TABLE].slice(0, steps.length)).toEqual(
        steps,
      )
  })

  it('has a slot for every step of every playbook, within what a code can carry', () => {
    expect(PLAYBOOK_IDS.length).toBeLessThanOrEqual(MAX_CODE_PLAYBOOKS)
    expect(FINDING_IDS.length).toBeLessThanOrEqual(63)
    for (const playbookId of PLAYBOOK_IDS) {
      const table = REPAIR_STEP_TABLE[playbookId]
      expect(table.length).toBeLessThanOrEqual(MAX_CODE_STEPS)
      for (const step of PLAYBOOKS[playbookId].steps) expect(table).toContain(step.id)
    }
  })
})

describe('the repair position in a support code', () => {
  it('round-trips the playbook, the step and the phase of every step', () => {
    for (const playbookId of PLAYBOOK_IDS)
      for (const stepId of REPAIR_STEP_TABLE[playbookId])
        for (const phase of ['step', 'verifying', 'handedOff']) {
          const position = repairPositionOf(session(playbookId, stepId, phase))
          const decoded = decodeSupportCode(encodeSupportCode(state, position))
          expect(decoded.ok && decoded.facts.repair).toEqual({ playbookId, stepId, phase })
        }
  })

  it('carries the step while the stage waits for the user (the “waiting for you” screen)', () => {
    const position = repairPositionOf(session('register-user', 'open-users-and-groups', 'waiting'))
    expect(position).toEqual({ playbookId: 'register-user', stepId: 'open-users-and-groups', phase: 'step' })
    const decoded = decodeSupportCode(encodeSupportCode(state, position))
    expect(decoded.ok && decoded.facts.repair).toEqual(position)
  })

  it('carries no repair when none runs or it has ended', () => {
    for (const phase of ['fixed', 'notFixed', 'cancelled', 'explained'])
      expect(repairPositionOf(session('register-user', 'confirm-registered', phase))).toBeNull()
    expect(repairPositionOf(null)).toBeNull()
    const decoded = decodeSupportCode(encodeSupportCode(state))
    expect(decoded.ok && decoded.facts.repair).toBeNull()
    expect(
      encodeSupportCode(state, repairPositionOf(session('register-user', 'enter-mac-password', 'step'))),
    ).not.toBe(encodeSupportCode(state))
  })

  it('tells the agent where the user is, in words, with the guide for that macOS', () => {
    const code = encodeSupportCode(
      state,
      repairPositionOf(session('register-user', 'sign-in-microsoft', 'step')),
    )
    const decoded = decodeSupportCode(code)
    const explained = explainSupportCode(decoded.ok ? decoded.facts : (null as never), 'en')
    const number = explained.guide!.steps.findIndex((s) => s.id === 'sign-in-microsoft') + 1
    expect(explained.repair).toMatch(new RegExp(`^The user is in “.+”, step ${number}: `))
    expect(explained.guide?.playbookId).toBe('register-user')
    expect(explained.code).toBe(code)
  })

  it('still decodes a format-1 code (six bits per finding, no repair)', () => {
    // Format 1, macOS 15.6, readable, configured, password, device registered, user not registered …
    const bits =
      [1, 5]
        .map((v) => v.toString(2).padStart(5, '0'))
        .join('')
        .slice(0, 5) +
      (15).toString(2).padStart(6, '0') +
      (7).toString(2).padStart(5, '0') +
      '1' +
      '10' +
      '001' +
      '10' +
      '01' +
      '000' +
      '00' +
      '00' +
      '000' +
      '00' +
      '00' +
      (2).toString(2).padStart(3, '0') +
      (FINDING_IDS.indexOf('user-not-registered') + 1).toString(2).padStart(6, '0') +
      '000000' +
      '000000' +
      '0'
    const data = Array.from({ length: 14 }, (_, i) =>
      parseInt(bits.padEnd(70, '0').slice(i * 5, i * 5 + 5), 2),
    )
    const code = [...data, checkValue(data)].map((v) => ALPHABET[v]).join('')
    const decoded = decodeSupportCode(code)
    expect(decoded).toMatchObject({
      ok: true,
      facts: {
        formatVersion: 1,
        macOS: { major: 15, minor: 6 },
        method: 'password',
        deviceRegistered: true,
        userRegistered: false,
        verdict: 'broken',
        findings: ['user-not-registered'],
        repair: null,
      },
    })
  })

  it('explains a misheard symbol: the sound-alike that would make the check pass', () => {
    // A code with a symbol that rhymes with others (B/D/E/G/P/T/V/Z/3), from a real capture or a repair on it.
    const code = [null, ...PLAYBOOK_IDS]
      .map((playbookId) =>
        encodeSupportCode(state, playbookId ? { playbookId, stepId: null, phase: 'step' } : null),
      )
      .map((grouped) => grouped.replace(/-/g, ''))
      .find((symbols) => [...symbols].some((c, i) => i > 0 && 'BDEGPTVZ3'.includes(c)))!
    // Replace one such symbol by a sound-alike; the check catches it.
    const position = [...code].findIndex((c, i) => i > 0 && 'BDEGPTVZ3'.includes(c))
    expect(position).toBeGreaterThan(0)
    const original = code[position]!
    const misheard = [...'BDEGPTVZ3'].find((c) => c !== original)!
    const typed = code.slice(0, position) + misheard + code.slice(position + 1)
    const result = decodeSupportCode(typed)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.soundAlikes).toContainEqual({
      position: position + 1,
      typed: misheard,
      candidate: original,
    })
    expect(!result.ok && result.message).toContain(
      `Symbol ${position + 1} may be ${original} rather than ${misheard}.`,
    )
    const ja = decodeSupportCode(typed, 'ja')
    expect(!ja.ok && ja.message).toContain(
      `${position + 1}文字目は「${misheard}」ではなく「${original}」かもしれません。`,
    )
  })
})
