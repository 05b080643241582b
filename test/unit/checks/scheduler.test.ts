import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  backoffDelayMs,
  createCheckScheduler,
  type CheckOutcome,
  type CheckTrigger,
} from '../../../main/node/checks/scheduler'
import { networkFingerprint, watchNetwork } from '../../../main/node/checks/networkWatcher'

const MINUTE = 60_000
const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

type Result = 'ok' | 'unknown'

/** A scheduler whose check answers from a script: a value, 'hang', or a delay then a value. */
function harness(
  script: Array<Result | 'hang' | { afterMs: number; result: Result }>,
  intervalMs = 30 * MINUTE,
) {
  const runs: Array<{ trigger: CheckTrigger; outcome: CheckOutcome<Result> }> = []
  let started = 0
  let calls = 0
  const scheduler = createCheckScheduler<Result>({
    timers,
    intervalMs,
    deadlineMs: 60_000,
    maxBackoffMs: 4 * 60 * MINUTE,
    isFailure: (result) => result === 'unknown',
    onOutcome: (outcome, trigger) => runs.push({ trigger, outcome }),
    check: () => {
      calls += 1
      started = Date.now()
      const step = script[Math.min(calls - 1, script.length - 1)]!
      if (step === 'hang') return new Promise<Result>(() => {})
      if (typeof step === 'object')
        return new Promise<Result>((resolve) => setTimeout(() => resolve(step.result), step.afterMs))
      return Promise.resolve(step)
    },
  })
  return {
    scheduler,
    runs,
    get calls() {
      return calls
    },
    get lastStartedAt() {
      return started
    },
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('check scheduler', () => {
  it('checks at start and then once per interval', async () => {
    const h = harness(['ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(h.runs.map((r) => r.trigger)).toEqual(['start'])
    await vi.advanceTimersByTimeAsync(30 * MINUTE - 1)
    expect(h.calls).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(h.calls).toBe(2)
    await vi.advanceTimersByTimeAsync(60 * MINUTE)
    expect(h.runs.map((r) => r.trigger)).toEqual(['start', 'interval', 'interval', 'interval'])
  })

  it('checks on wake and restarts the interval from that check', async () => {
    const h = harness(['ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    h.scheduler.trigger('wake')
    await vi.advanceTimersByTimeAsync(0)
    expect(h.runs.map((r) => r.trigger)).toEqual(['start', 'wake'])
    // The next timed check is a full interval after the wake check, not after the first one.
    await vi.advanceTimersByTimeAsync(29 * MINUTE)
    expect(h.calls).toBe(2)
    await vi.advanceTimersByTimeAsync(1 * MINUTE)
    expect(h.runs.map((r) => r.trigger)).toEqual(['start', 'wake', 'interval'])
  })

  it('never overlaps: triggers during a check coalesce into one follow-up', async () => {
    const h = harness([{ afterMs: 5_000, result: 'ok' }])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(1_000)
    h.scheduler.trigger('wake')
    h.scheduler.trigger('unlock')
    h.scheduler.trigger('network')
    expect(h.calls).toBe(1)
    await vi.advanceTimersByTimeAsync(4_000)
    // The first check ended; exactly one follow-up started, for the first trigger that waited.
    expect(h.calls).toBe(2)
    expect(h.lastStartedAt).toBe(5_000)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(h.runs.map((r) => r.trigger)).toEqual(['start', 'wake'])
    expect(h.scheduler.checking).toBe(false)
    expect(h.scheduler.nextDelayMs).toBe(30 * MINUTE)
  })

  it('abandons a hung check at its deadline and the next check still runs', async () => {
    const h = harness(['hang', 'ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(59_999)
    expect(h.runs).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(h.runs).toEqual([{ trigger: 'start', outcome: { ok: false, reason: 'deadline' } }])
    // A manual check is not held back by the hung one.
    h.scheduler.trigger('manual')
    await vi.advanceTimersByTimeAsync(0)
    expect(h.runs[1]).toEqual({ trigger: 'manual', outcome: { ok: true, result: 'ok' } })
    expect(h.scheduler.consecutiveFailures).toBe(0)
  })

  it('ignores a hung check that answers after it was abandoned', async () => {
    const h = harness([{ afterMs: 90_000, result: 'unknown' }, 'ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(60_000)
    h.scheduler.trigger('manual')
    await vi.advanceTimersByTimeAsync(40_000)
    expect(h.runs.map((r) => r.outcome)).toEqual([
      { ok: false, reason: 'deadline' },
      { ok: true, result: 'ok' },
    ])
  })

  it('backs off exponentially while the tools keep failing, and resets on success', async () => {
    const h = harness(['unknown', 'unknown', 'unknown', 'ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(h.scheduler.nextDelayMs).toBe(60 * MINUTE)
    await vi.advanceTimersByTimeAsync(60 * MINUTE)
    expect(h.scheduler.consecutiveFailures).toBe(2)
    expect(h.scheduler.nextDelayMs).toBe(120 * MINUTE)
    await vi.advanceTimersByTimeAsync(120 * MINUTE)
    expect(h.scheduler.nextDelayMs).toBe(240 * MINUTE)
    await vi.advanceTimersByTimeAsync(240 * MINUTE)
    expect(h.calls).toBe(4)
    expect(h.scheduler.consecutiveFailures).toBe(0)
    expect(h.scheduler.nextDelayMs).toBe(30 * MINUTE)
  })

  it('while backing off, wake and network wait for the backoff timer but Check now runs', async () => {
    const h = harness(['unknown', 'ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    h.scheduler.trigger('wake')
    h.scheduler.trigger('network')
    await vi.advanceTimersByTimeAsync(0)
    expect(h.calls).toBe(1)
    h.scheduler.trigger('manual')
    await vi.advanceTimersByTimeAsync(0)
    expect(h.calls).toBe(2)
    expect(h.scheduler.consecutiveFailures).toBe(0)
  })

  it('counts a thrown check as a failure, not a crash', async () => {
    const runs: CheckOutcome<string>[] = []
    const scheduler = createCheckScheduler<string>({
      timers,
      intervalMs: MINUTE,
      isFailure: () => false,
      onOutcome: (outcome) => runs.push(outcome),
      check: () => {
        throw new Error('spawn failed')
      },
    })
    scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual([{ ok: false, reason: 'error', error: new Error('spawn failed') }])
    expect(scheduler.consecutiveFailures).toBe(1)
  })

  it('does nothing after stop', async () => {
    const h = harness(['ok'])
    h.scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    h.scheduler.stop()
    h.scheduler.trigger('wake')
    await vi.advanceTimersByTimeAsync(120 * MINUTE)
    expect(h.calls).toBe(1)
  })

  it('caps the backoff', () => {
    expect(backoffDelayMs(30 * MINUTE, 0, 240 * MINUTE)).toBe(30 * MINUTE)
    expect(backoffDelayMs(30 * MINUTE, 10, 240 * MINUTE)).toBe(240 * MINUTE)
  })
})

describe('network watcher', () => {
  const wifi = (address: string) => ({
    lo0: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    en0: [{ address, family: 'IPv4', internal: false }],
  })

  it('fingerprints external addresses only', () => {
    const a = networkFingerprint(wifi('10.0.0.2') as never)
    expect(a).toBe('en0/IPv4/10.0.0.2')
  })

  it('reports a change of address once, not while it stays the same', async () => {
    let current = wifi('10.0.0.2')
    const onChange = vi.fn()
    const stop = watchNetwork({ readInterfaces: () => current as never, timers, onChange, pollMs: 1_000 })
    await vi.advanceTimersByTimeAsync(3_000)
    expect(onChange).not.toHaveBeenCalled()
    current = wifi('192.168.1.20')
    await vi.advanceTimersByTimeAsync(3_000)
    expect(onChange).toHaveBeenCalledTimes(1)
    stop()
    current = wifi('10.9.9.9')
    await vi.advanceTimersByTimeAsync(3_000)
    expect(onChange).toHaveBeenCalledTimes(1)
  })
})
