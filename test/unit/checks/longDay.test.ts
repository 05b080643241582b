// A long day in the menu bar, on a fake clock: checks every 30 minutes with wake, unlock and network
// triggers over 24 hours, then 10,000 checks accelerated with tools that fail and recover. Checks
// never overlap, the history stays within its cap, and after warm-up the heap and the open handles
// stay flat (within 10%): nothing grows with the number of checks.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { MacState } from '../../../main/common/model/macState'
import { createStateOwner } from '../../../main/node/app/stateOwner'
import { createBackgroundMonitor } from '../../../main/node/checks/backgroundMonitor'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import { notificationSettings } from '../../../main/node/notifications/notificationPolicy'
import { macState } from '../../helpers/builtStates'
import { createFakeClock } from '../../helpers/fakeClock'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const MINUTE = 60_000
const HISTORY_CAP = 16 * 1024
let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

/** A deterministic sequence, so a failure reproduces. */
function random(seed: number) {
  let value = seed
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2 ** 31
    return value / 2 ** 31
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

function day() {
  dir = mkdtempSync(path.join(tmpdir(), 'psso-long-day-'))
  const clock = createFakeClock('2026-11-10T08:00:00Z')
  const history = createHistoryStore({ dir, maxFileBytes: HISTORY_CAP })
  const next = random(15)
  let reads = 0
  let inFlight = 0
  let overlaps = 0
  const errors: string[] = []
  // The Mac: healthy and needing registration in turns (so the history has transitions to record),
  // and tools that fail now and then and then recover.
  const stateAt = (n: number): MacState => {
    const at = new Date(clock.now()).toISOString()
    return macState(Math.floor(n / 3) % 2 === 0 ? 'healthy' : 'needsRegistration', at, at)
  }
  const owner = createStateOwner({
    read: async () => {
      const n = reads++
      inFlight++
      if (inFlight > 1) overlaps++
      try {
        await turn()
        if (next() < 0.1) throw new Error('app-sso timed out after 10000 ms')
        const state = stateAt(n)
        return { state, raw: { appSso: null, profiles: null, swVers: null } as never, diagnosis: {} as never }
      } finally {
        inFlight--
      }
    },
    rediagnose: (capture) => capture,
    now: clock.now,
  })
  const monitor = createBackgroundMonitor({
    readState: () => owner.readState('schedule'),
    timers: clock.timers,
    now: clock.now,
    intervalMinutes: 30,
    history,
    notifications: notificationSettings(DEFAULT_CONFIG, 'en'),
    allowQuit: true,
    isPlaybookRunning: () => false,
    notify: () => {},
    renderTray: () => {},
    onError: (message) => errors.push(message),
  })
  owner.subscribe((snapshot) => monitor.observe(snapshot))
  const historyBytes = () =>
    readdirSync(dir!).reduce((sum, file) => sum + statSync(path.join(dir!, file)).size, 0)
  return {
    clock,
    monitor,
    history,
    next,
    errors,
    historyBytes,
    stats: () => ({ reads, overlaps, inFlight }),
  }
}

/** One step of the day: the next timer fires, or the Mac wakes, unlocks or changes network. */
async function step(run: ReturnType<typeof day>) {
  const roll = run.next()
  if (roll < 0.08) run.monitor.trigger('wake')
  else if (roll < 0.16) run.monitor.trigger('unlock')
  else if (roll < 0.24) run.monitor.trigger('network')
  else run.clock.fireNext()
  // The read and the history's real file writes finish before the next event, as they do in a
  // real day, where events are minutes apart.
  for (let i = 0; i < 4; i++) await turn()
  await run.history.idle()
}

describe('a long day', () => {
  it('24 hours: a check every 30 minutes plus the system’s triggers, never overlapping', async () => {
    const run = day()
    run.monitor.start()
    const end = run.clock.now() + 24 * 60 * MINUTE
    while (run.clock.now() < end) await step(run)
    run.monitor.stop()
    const { reads, overlaps } = run.stats()
    // At least the 48 half-hour checks less the backoff after failures; the triggers add more.
    expect(reads).toBeGreaterThan(40)
    expect(overlaps).toBe(0)
    expect(run.clock.pending()).toEqual([])
    expect(run.errors.some((e) => e.includes('could not read the state'))).toBe(true)
  }, 60_000)

  it('10,000 checks accelerated: heap, handles and timers flat, history within its cap', async () => {
    const run = day()
    run.monitor.start()
    const sample = () => {
      gc()
      return {
        heap: process.memoryUsage().heapUsed,
        handles: process.getActiveResourcesInfo().length,
        timers: run.clock.pending().length,
      }
    }
    const until = async (checks: number) => {
      while (run.stats().reads < checks) await step(run)
      await run.history.idle()
    }
    await until(1_000) // warm-up: every code path compiled, the history at its cap
    const warm = sample()
    await until(10_000)
    const end = sample()
    run.monitor.stop()

    expect(run.stats().overlaps).toBe(0)
    expect(end.heap).toBeLessThanOrEqual(warm.heap * 1.1)
    expect(end.handles).toBeLessThanOrEqual(Math.ceil(warm.handles * 1.1))
    expect(end.timers).toBeLessThanOrEqual(Math.max(2, warm.timers))
    // The current file and the previous one, each at most the cap.
    expect(run.historyBytes()).toBeLessThanOrEqual(2 * HISTORY_CAP)
    const { records } = await run.history.read()
    expect(records.length).toBeGreaterThan(10)
  }, 300_000)
})
