// The verification loop with a fake clock and a fake probe: backoff, the bound, success only on
// evidence, failed probes, checkNow and stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MacState } from '../../../main/common/model/macState'
import type { VerificationProgress } from '../../../main/common/repair/types'
import { readMacState } from '../../../main/node/probe/readMacState'
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  startVerification,
  type BackoffPolicy,
} from '../../../main/node/repair/verificationLoop'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeClock, settle } from '../../helpers/fakeClock'
import { createFakeSysroot, synthetic, type FakeSysroot } from '../../helpers/fakeSysroot'

const STARTED = '2026-05-02T08:20:00Z'
const states: Record<'afterReset' | 'staleTokens' | 'fresh', MacState> = {} as never
let sysroot: FakeSysroot

beforeAll(async () => {
  sysroot = createFakeSysroot()
  const read = async (file: string) => {
    sysroot.setResponses('appSso', { stdoutFile: file })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    return (await readMacState({ system, now: Date.now })).state
  }
  states.afterReset = await read(synthetic('app-sso/synthetic-password-needs-registration.txt'))
  states.staleTokens = await read(synthetic('app-sso/synthetic-password-registered-stale-tokens.txt'))
  states.fresh = await read(synthetic('app-sso/synthetic-password-registered-fresh-tokens.txt'))
})
afterAll(() => sysroot.cleanup())

function run(sequence: (MacState | Error)[], policy: BackoffPolicy = DEFAULT_BACKOFF) {
  const clock = createFakeClock(STARTED)
  const progress: VerificationProgress[] = []
  let probes = 0
  const loop = startVerification(
    { check: 'reRegistered', startedAt: STARTED, policy },
    {
      probe: async () => {
        const next = sequence[Math.min(probes++, sequence.length - 1)]!
        // An unreadable Mac arrives as a result, never as a thrown error.
        return next instanceof Error ? { ok: false, reason: next.message } : { ok: true, state: next }
      },
      now: clock.now,
      timers: clock.timers,
      onProgress: (p) => progress.push(p),
    },
  )
  return { clock, loop, progress, probes: () => probes }
}

describe('backoff', () => {
  it('waits a few seconds at first, longer later, never more than a minute', () => {
    const delays = Array.from({ length: DEFAULT_BACKOFF.maxAttempts - 1 }, (_, i) =>
      backoffDelay(DEFAULT_BACKOFF, i + 1),
    )
    expect(delays.slice(0, 3)).toEqual([3000, 4500, 6750])
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true)
    expect(Math.max(...delays)).toBe(60_000)
    const total = delays.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThan(5 * 60_000)
    expect(total).toBeLessThan(20 * 60_000)
  })
})

describe('the loop', () => {
  it('declares success only when a probe shows every piece of evidence', async () => {
    const { clock, loop, progress } = run([states.afterReset, states.afterReset, states.fresh])
    await settle()
    expect(loop.progress()).toMatchObject({
      status: 'checking',
      attempts: 1,
      missing: ['userRegistered', 'userStateNormal', 'tokensReceivedSinceStart'],
      nextCheckAt: '2026-05-02T08:20:03Z',
    })
    expect(clock.fireNext()).toBe(3000)
    await settle()
    expect(loop.progress().status).toBe('checking')
    expect(clock.fireNext()).toBe(4500)
    await settle()
    expect(loop.progress()).toMatchObject({
      status: 'verified',
      attempts: 3,
      missing: [],
      lastCheckedAt: '2026-05-02T08:20:07Z',
    })
    expect(clock.pending()).toEqual([])
    expect(progress.filter((p) => p.status === 'verified')).toHaveLength(1)
  })

  it('never counts tokens received before the playbook started', async () => {
    const policy = { ...DEFAULT_BACKOFF, maxAttempts: 4 }
    const { clock, loop, probes } = run([states.staleTokens], policy)
    await settle()
    while (clock.fireNext() !== null) await settle()
    expect(probes()).toBe(4)
    expect(loop.progress()).toMatchObject({
      status: 'gaveUp',
      attempts: 4,
      satisfied: ['deviceRegistered', 'userRegistered', 'userStateNormal'],
      missing: ['tokensReceivedSinceStart'],
      nextCheckAt: null,
    })
  })

  it('honours the bound when the evidence never comes', async () => {
    const { clock, loop, probes } = run([states.afterReset])
    await settle()
    let waited = 0
    for (let fired = clock.fireNext(); fired !== null; fired = clock.fireNext()) {
      waited += fired
      await settle()
    }
    expect(probes()).toBe(DEFAULT_BACKOFF.maxAttempts)
    expect(loop.progress().status).toBe('gaveUp')
    expect(waited).toBeLessThan(20 * 60_000)
  })

  it('counts a failed probe as an attempt, never as evidence', async () => {
    const { clock, loop } = run([new Error('app-sso timed out'), states.fresh])
    await settle()
    expect(loop.progress()).toMatchObject({ status: 'checking', attempts: 1, satisfied: [], missing: [] })
    clock.fireNext()
    await settle()
    expect(loop.progress().status).toBe('verified')
  })

  it('starts a new round when asked after giving up', async () => {
    const { clock, loop, probes } = run([states.afterReset, states.afterReset, states.fresh], {
      ...DEFAULT_BACKOFF,
      maxAttempts: 2,
    })
    await settle()
    clock.fireNext()
    await settle()
    expect(loop.progress().status).toBe('gaveUp')
    loop.checkNow()
    await settle()
    expect(probes()).toBe(3)
    expect(loop.progress()).toMatchObject({ status: 'verified', attempts: 1 })
  })

  it('counts the bound from the last progress: a fresh bound starts over at the fast pace', async () => {
    const policy = { ...DEFAULT_BACKOFF, maxAttempts: 3 }
    const { clock, loop, probes } = run([states.afterReset], policy)
    await settle()
    clock.fireNext()
    await settle()
    expect(loop.progress()).toMatchObject({ status: 'checking', attempts: 2 })
    // The user moved on to a new stage: probe now, and three more probes before giving up.
    loop.freshBound()
    await settle()
    expect(loop.progress()).toMatchObject({ status: 'checking', attempts: 1 })
    expect(clock.pending()).toEqual([3000])
    while (clock.fireNext() !== null) await settle()
    expect(probes()).toBe(5)
    expect(loop.progress()).toMatchObject({ status: 'gaveUp', attempts: 3 })
    // After the bound too: progress starts a new round.
    loop.freshBound()
    await settle()
    expect(loop.progress()).toMatchObject({ status: 'checking', attempts: 1 })
    loop.stop()
  })

  it('stops: no timer left, no probe after', async () => {
    const { clock, loop, probes } = run([states.afterReset])
    await settle()
    loop.stop()
    expect(clock.pending()).toEqual([])
    expect(loop.progress().status).toBe('stopped')
    loop.checkNow()
    await settle()
    expect(probes()).toBe(1)
  })
})
