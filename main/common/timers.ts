/**
 * Timers as the loops that wait take them (the background checks, the verification loop, the
 * network watcher): injected, so tests drive them with a fake clock and no real waiting.
 */
export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface ExponentialBackoff {
  /** The wait at step 0. */
  initialMs: number
  /** How much longer each next wait is. */
  factor: number
  /** No wait is longer than this. */
  maxMs: number
}

/** The wait at `step` (0, 1, 2 …): initial × factor^step, rounded to the millisecond, capped. */
export function exponentialBackoffMs(backoff: ExponentialBackoff, step: number): number {
  const exponent = Math.max(0, step)
  return Math.min(backoff.maxMs, Math.round(backoff.initialMs * backoff.factor ** exponent))
}
