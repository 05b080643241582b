/**
 * A fake clock and timers for loops that wait: nothing really waits, the test fires the next timer
 * and the clock jumps to its time. `fireNext` returns how long the code asked to wait.
 */
import type { Timers } from '../../main/common/timers'

export interface FakeClock {
  now: () => number
  timers: Timers
  /** Waits of the timers still pending, in ms from now. */
  pending: () => number[]
  /** Jumps to the earliest timer and fires it; null when none is pending. */
  fireNext: () => number | null
}

export function createFakeClock(startIso: string): FakeClock {
  let now = Date.parse(startIso)
  let nextId = 1
  const timers = new Map<number, { callback: () => void; at: number }>()
  return {
    now: () => now,
    timers: {
      setTimeout: (callback, ms) => {
        const id = nextId++
        timers.set(id, { callback, at: now + ms })
        return id
      },
      clearTimeout: (handle) => void timers.delete(handle as number),
    },
    pending: () => [...timers.values()].map((timer) => timer.at - now),
    fireNext: () => {
      const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? []
      if (id === undefined || !timer) return null
      timers.delete(id)
      const waited = timer.at - now
      now = timer.at
      timer.callback()
      return waited
    },
  }
}

/** Lets pending promise callbacks (a resolved fake probe) run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve))
