/**
 * The verification loop: while a playbook is active, re-probe the Mac with backoff (every few
 * seconds at first, slower later), report progress after every probe, and stop after a bound.
 * Success is declared only when a fresh probe shows every piece of evidence the check names.
 * Clock, timers and the probe are injected: tests drive it with fakes, no real waiting.
 */
import type { MacState, StateResult } from '../../common/model/macState'
import { evaluateCheck } from '../../common/repair/checks'
import type { CompletionCheckId, VerificationProgress } from '../../common/repair/types'
import { formatIsoSeconds } from '../../common/time'
import { exponentialBackoffMs, type Timers } from '../../common/timers'

export interface BackoffPolicy {
  initialDelayMs: number
  factor: number
  maxDelayMs: number
  /** Probes before giving up (the bound). */
  maxAttempts: number
}

/**
 * 3 s, 4.5 s, 6.75 s … up to a minute between probes; 20 probes take about 12 minutes, long
 * enough for a registration ("can take minutes" [T]) without probing forever. The bound counts
 * from the user's last progress (`freshBound`), not from the start.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = {
  initialDelayMs: 3_000,
  factor: 1.5,
  maxDelayMs: 60_000,
  maxAttempts: 20,
}

/** The wait before probe number `attempt` + 1 (attempt counts from 1). */
export const backoffDelay = (policy: BackoffPolicy, attempt: number) =>
  exponentialBackoffMs(
    { initialMs: policy.initialDelayMs, factor: policy.factor, maxMs: policy.maxDelayMs },
    attempt - 1,
  )

export interface VerificationDeps {
  /** A fresh probe of the Mac (readMacState in the app). */
  probe: () => Promise<StateResult>
  now: () => number
  timers: Timers
  onProgress: (progress: VerificationProgress, state: MacState | null) => void
}

export interface VerificationOptions {
  check: CompletionCheckId
  /** When the playbook started: tokens must be received after it. */
  startedAt: string
  policy?: BackoffPolicy
}

export interface VerificationLoop {
  progress: () => VerificationProgress
  /** Probe now; after giving up, starts a new round of probes. */
  checkNow: () => void
  /**
   * The user made progress (a new stage): the bound counts from now, and the Mac is probed at
   * once and then at the fast pace again.
   */
  freshBound: () => void
  stop: () => void
}

export function startVerification(options: VerificationOptions, deps: VerificationDeps): VerificationLoop {
  const policy = options.policy ?? DEFAULT_BACKOFF
  let progress: VerificationProgress = {
    status: 'checking',
    check: options.check,
    attempts: 0,
    maxAttempts: policy.maxAttempts,
    lastCheckedAt: null,
    nextCheckAt: null,
    satisfied: [],
    missing: [],
  }
  let timer: unknown = null
  let probing = false
  const finished = () => progress.status !== 'checking'

  const publish = (next: VerificationProgress, state: MacState | null) => {
    progress = next
    deps.onProgress(progress, state)
  }

  const cancelTimer = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }

  const schedule = () => {
    cancelTimer()
    const delay = backoffDelay(policy, progress.attempts)
    timer = deps.timers.setTimeout(() => void probeOnce(), delay)
    publish({ ...progress, nextCheckAt: formatIsoSeconds(deps.now() + delay) }, null)
  }

  const probeOnce = async () => {
    if (probing || finished()) return
    timer = null
    probing = true
    const probed = await deps.probe()
    probing = false
    // An unreadable state is no evidence; it still counts towards the bound.
    const state = probed.ok ? probed.state : null
    if (finished()) return // stopped while probing
    const result = state ? evaluateCheck(options.check, state, options.startedAt) : null
    const attempts = progress.attempts + 1
    const status = result?.passed ? 'verified' : attempts >= policy.maxAttempts ? 'gaveUp' : 'checking'
    publish(
      {
        ...progress,
        status,
        attempts,
        lastCheckedAt: formatIsoSeconds(deps.now()),
        nextCheckAt: null,
        satisfied: result?.satisfied ?? progress.satisfied,
        missing: result?.missing ?? progress.missing,
      },
      state,
    )
    // A fresh bound may have started a probe from within this one's report: that one schedules.
    if (status === 'checking' && !probing) schedule()
  }

  void probeOnce()
  return {
    progress: () => progress,
    checkNow: () => {
      if (progress.status === 'verified' || progress.status === 'stopped') return
      cancelTimer()
      if (progress.status === 'gaveUp') publish({ ...progress, status: 'checking', attempts: 0 }, null)
      void probeOnce()
    },
    freshBound: () => {
      if (progress.status === 'verified' || progress.status === 'stopped') return
      cancelTimer()
      publish({ ...progress, status: 'checking', attempts: 0 }, null)
      void probeOnce()
    },
    stop: () => {
      cancelTimer()
      if (!finished()) publish({ ...progress, status: 'stopped', nextCheckAt: null }, null)
    },
  }
}
