/**
 * Background checks: when to read the Mac's state again. Re-checks on an interval, on wake, unlock,
 * network change and after a playbook ends. Checks never overlap (a trigger during a check becomes
 * one follow-up), a hung check is abandoned at its deadline so it never blocks the next, and
 * repeated failures back off exponentially until a check succeeds. Timers and the check itself are
 * injected, so tests drive it with a fake clock.
 */
import { exponentialBackoffMs, type Timers } from '../../common/timers'

export const CHECK_TRIGGERS = [
  'start',
  'interval',
  'wake',
  'unlock',
  'network',
  'playbookEnded',
  'manual',
] as const
export type CheckTrigger = (typeof CHECK_TRIGGERS)[number]

/** Triggers the system fires by itself; while backing off they wait for the backoff timer. */
const AUTOMATIC_TRIGGERS: ReadonlySet<CheckTrigger> = new Set(['interval', 'wake', 'unlock', 'network'])

export type CheckOutcome<T> =
  { ok: true; result: T } | { ok: false; reason: 'deadline' | 'error'; error?: unknown }

export interface CheckSchedulerOptions<T> {
  /** Reads the state once. Its own tools have timeouts; the deadline below guards the whole. */
  check: () => Promise<T>
  /** True when the result says the tools failed (e.g. verdict `unknown`): counts toward backoff. */
  isFailure: (result: T) => boolean
  /** Called after every check, including abandoned and failed ones. */
  onOutcome: (outcome: CheckOutcome<T>, trigger: CheckTrigger) => void
  timers: Timers
  intervalMs: number
  /** A check still running after this long is abandoned (its late result is ignored). */
  deadlineMs?: number
  /** The longest wait between checks while backing off. */
  maxBackoffMs?: number
}

export interface CheckScheduler {
  /** Runs a first check and starts the interval. */
  start: () => void
  stop: () => void
  trigger: (reason: CheckTrigger) => void
  /** A new interval (the configuration changed): the next timed check is scheduled by it. */
  setIntervalMs: (ms: number) => void
  /** Milliseconds until the next timed check, as scheduled now (null when stopped or checking). */
  readonly nextDelayMs: number | null
  readonly consecutiveFailures: number
  readonly checking: boolean
}

export const DEFAULT_CHECK_DEADLINE_MS = 60_000
export const DEFAULT_MAX_BACKOFF_MS = 6 * 60 * 60_000

/** The wait after `failures` consecutive failures: the interval, doubled per failure, capped. */
export function backoffDelayMs(intervalMs: number, failures: number, maxBackoffMs: number): number {
  return exponentialBackoffMs(
    { initialMs: intervalMs, factor: 2, maxMs: Math.max(intervalMs, maxBackoffMs) },
    failures,
  )
}

export function createCheckScheduler<T>(options: CheckSchedulerOptions<T>): CheckScheduler {
  const { timers } = options
  let intervalMs = options.intervalMs
  const deadlineMs = options.deadlineMs ?? DEFAULT_CHECK_DEADLINE_MS
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS
  let started = false
  let checking = false
  let pending: CheckTrigger | null = null
  let failures = 0
  let nextTimer: unknown = null
  let nextDelayMs: number | null = null
  // Each check gets a number so an abandoned check's late answer is recognised and dropped.
  let generation = 0

  const clearNext = () => {
    if (nextTimer !== null) timers.clearTimeout(nextTimer)
    nextTimer = null
    nextDelayMs = null
  }

  const scheduleNext = () => {
    clearNext()
    if (!started) return
    nextDelayMs = backoffDelayMs(intervalMs, failures, maxBackoffMs)
    nextTimer = timers.setTimeout(() => {
      nextTimer = null
      run('interval')
    }, nextDelayMs)
  }

  const finish = (current: number, outcome: CheckOutcome<T>, reason: CheckTrigger) => {
    if (current !== generation || !checking) return
    checking = false
    failures = outcome.ok && !options.isFailure(outcome.result) ? 0 : failures + 1
    options.onOutcome(outcome, reason)
    const followUp = pending
    pending = null
    if (followUp && started && mayRunNow(followUp)) run(followUp)
    else scheduleNext()
  }

  const mayRunNow = (reason: CheckTrigger) => failures === 0 || !AUTOMATIC_TRIGGERS.has(reason)

  function run(reason: CheckTrigger) {
    clearNext()
    checking = true
    const current = ++generation
    const deadline = timers.setTimeout(
      () => finish(current, { ok: false, reason: 'deadline' }, reason),
      deadlineMs,
    )
    let promise: Promise<T>
    try {
      promise = options.check()
    } catch (error) {
      promise = Promise.reject(error)
    }
    promise.then(
      (result) => {
        timers.clearTimeout(deadline)
        finish(current, { ok: true, result }, reason)
      },
      (error: unknown) => {
        timers.clearTimeout(deadline)
        finish(current, { ok: false, reason: 'error', error }, reason)
      },
    )
  }

  return {
    start() {
      if (started) return
      started = true
      run('start')
    },
    stop() {
      started = false
      pending = null
      clearNext()
      // An in-flight check may still report, but nothing new is scheduled.
    },
    setIntervalMs(ms) {
      if (ms === intervalMs) return
      intervalMs = ms
      if (started && !checking) scheduleNext()
    },
    trigger(reason) {
      if (!started) return
      if (checking) {
        pending ??= reason
        return
      }
      if (mayRunNow(reason)) run(reason)
    },
    get nextDelayMs() {
      return nextDelayMs
    },
    get consecutiveFailures() {
      return failures
    },
    get checking() {
      return checking
    },
  }
}
