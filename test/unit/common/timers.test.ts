import { describe, expect, it } from 'vitest'
import { exponentialBackoffMs } from '../../../main/common/timers'
import { backoffDelayMs, DEFAULT_MAX_BACKOFF_MS } from '../../../main/node/checks/scheduler'
import { backoffDelay, DEFAULT_BACKOFF } from '../../../main/node/repair/verificationLoop'

const MINUTE = 60_000

describe('exponential backoff (the one formula both loops use)', () => {
  it('starts at the initial wait and multiplies by the factor each step', () => {
    const backoff = { initialMs: 3_000, factor: 1.5, maxMs: 60_000 }
    expect([0, 1, 2, 3].map((step) => exponentialBackoffMs(backoff, step))).toEqual([3000, 4500, 6750, 10125])
  })

  it('rounds to whole milliseconds and never waits longer than the cap', () => {
    const backoff = { initialMs: 1_001, factor: 1.5, maxMs: 10_000 }
    expect(exponentialBackoffMs(backoff, 1)).toBe(1502)
    expect(exponentialBackoffMs(backoff, 50)).toBe(10_000)
  })

  it('treats a negative step as the first (no wait shorter than the initial one)', () => {
    expect(exponentialBackoffMs({ initialMs: 2_000, factor: 2, maxMs: 60_000 }, -3)).toBe(2_000)
  })

  it('the background checks double the interval per consecutive failure, up to six hours', () => {
    const delays = [0, 1, 2, 3, 4].map((failures) =>
      backoffDelayMs(30 * MINUTE, failures, DEFAULT_MAX_BACKOFF_MS),
    )
    expect(delays).toEqual([30, 60, 120, 240, 360].map((m) => m * MINUTE))
  })

  it('the background checks never wait less than the interval, even with a smaller cap', () => {
    expect(backoffDelayMs(30 * MINUTE, 3, 10 * MINUTE)).toBe(30 * MINUTE)
  })

  it('the verification loop waits 3 s before its second probe and grows by half each time', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(DEFAULT_BACKOFF, attempt))).toEqual([3000, 4500, 6750])
  })
})
