/**
 * The configuration while the app runs: Intune can add, change or remove a profile at any time and
 * the app never restarts (KeepAlive), so the preferences are read again on every check and at least
 * every half minute. A change is logged (which keys, from which source) and pushed to subscribers; a
 * removed profile is simply a read without it, so its keys fall back to the defaults the same way.
 */
import type { ConfigKey } from '../../common/config/keys'
import type { EffectiveConfig } from '../../common/config/effectiveConfig'
import { silentLogger, type Logger } from '../../common/logger'
import { realTimers, type Timers } from '../../common/timers'

/** Well inside the minute a change must take to apply. */
export const CONFIG_POLL_MS = 30_000

export interface LiveConfig {
  current(): EffectiveConfig
  /** Reads the preferences again; true when something changed. Concurrent calls share one read. */
  refresh(): Promise<boolean>
  subscribe(listener: (config: EffectiveConfig) => void): () => void
  /** Re-reads every `CONFIG_POLL_MS` until stopped. */
  startPolling(): void
  stop(): void
}

/** The keys whose value or source differ, each as `Key (source → source)`. */
export function describeConfigChange(before: EffectiveConfig, after: EffectiveConfig): string[] {
  const keys = Object.keys(after.values) as ConfigKey[]
  return keys
    .filter(
      (key) =>
        JSON.stringify(before.values[key]) !== JSON.stringify(after.values[key]) ||
        before.sources[key] !== after.sources[key],
    )
    .map((key) =>
      before.sources[key] === after.sources[key]
        ? `${key} (${after.sources[key]})`
        : `${key} (${before.sources[key]} → ${after.sources[key]})`,
    )
}

export function createLiveConfig({
  initial,
  read,
  logger = silentLogger,
  timers = realTimers,
  pollMs = CONFIG_POLL_MS,
}: {
  initial: EffectiveConfig
  read: () => Promise<EffectiveConfig>
  logger?: Logger
  timers?: Timers
  pollMs?: number
}): LiveConfig {
  let current = initial
  let reading: Promise<boolean> | null = null
  let timer: unknown = null
  let polling = false
  const listeners = new Set<(config: EffectiveConfig) => void>()

  const readOnce = async (): Promise<boolean> => {
    let next: EffectiveConfig
    try {
      next = await read()
    } catch (error) {
      logger.warn(`configuration: could not read the preferences again (${String(error)}); kept the last`)
      return false
    }
    const changed = describeConfigChange(current, next)
    const newProblems = next.problems.filter(
      (problem) => !current.problems.some((old) => old.message === problem.message),
    )
    for (const problem of newProblems) logger.warn(`configuration: ${problem.message}`)
    if (changed.length === 0) return false
    current = next
    logger.info(`configuration changed: ${changed.join(', ')}`)
    for (const listener of listeners) listener(current)
    return true
  }

  const schedule = () => {
    if (!polling) return
    timer = timers.setTimeout(() => {
      void live.refresh().finally(schedule)
    }, pollMs)
  }

  const live: LiveConfig = {
    current: () => current,
    refresh: () =>
      (reading ??= readOnce().finally(() => {
        reading = null
      })),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    startPolling: () => {
      if (polling) return
      polling = true
      schedule()
    },
    stop: () => {
      polling = false
      if (timer !== null) timers.clearTimeout(timer as never)
      timer = null
    },
  }
  return live
}
