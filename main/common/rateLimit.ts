/** At most `max` events in any `windowMs`: for logging what untrusted senders report. */
export function createRateLimit({
  max,
  windowMs,
  now,
}: {
  max: number
  windowMs: number
  now: () => number
}) {
  const times: number[] = []
  return {
    /** True (and counted) when one more event fits in the window. */
    allow(): boolean {
      const at = now()
      while (times.length > 0 && times[0]! <= at - windowMs) times.shift()
      if (times.length >= max) return false
      times.push(at)
      return true
    },
  }
}
