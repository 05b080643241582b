import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { MacState, StateResult } from '../../../main/common/model/macState'
import { createBackgroundMonitor } from '../../../main/node/checks/backgroundMonitor'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import type { TrayModel } from '../../../main/node/menubar/trayMenu'
import {
  notificationSettings,
  type AppNotification,
} from '../../../main/node/notifications/notificationPolicy'
import { macState } from '../../helpers/builtStates'

const MINUTE = 60_000
let dir: string
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-10T08:00:00Z') })
  dir = mkdtempSync(path.join(tmpdir(), 'psso-monitor-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

function monitorWith(states: (MacState | StateResult)[], playbookRunning = () => false) {
  const notified: AppNotification[] = []
  const trays: TrayModel[] = []
  const errors: string[] = []
  const history = createHistoryStore({ dir })
  let call = 0
  const monitor = createBackgroundMonitor({
    readState: async () => {
      const next = states[Math.min(call++, states.length - 1)]!
      return 'ok' in next ? next : { ok: true, state: next }
    },
    timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    now: Date.now,
    intervalMinutes: 30,
    history,
    notifications: notificationSettings(DEFAULT_CONFIG, 'en', () => 're-register'),
    allowQuit: true,
    isPlaybookRunning: playbookRunning,
    notify: (n) => notified.push(n),
    renderTray: (model) => trays.push(model),
    onError: (message) => errors.push(message),
  })
  return { monitor, notified, trays, errors, history }
}

/** Lets the history's file writes (real I/O) finish. */
const settle = () => vi.waitFor(() => new Promise((resolve) => setImmediate(resolve)))

describe('background monitor', () => {
  it('checks, records transitions, notifies once and updates the menu bar', async () => {
    const { monitor, notified, trays, history } = monitorWith([
      macState('healthy'),
      macState('healthy'),
      macState('needsRegistration', '2026-11-10T09:00:00Z', '2026-11-10T08:00:00Z'),
      macState('needsRegistration', '2026-11-10T09:30:00Z', '2026-11-10T08:00:00Z'),
    ])
    monitor.start()
    await vi.advanceTimersByTimeAsync(90 * MINUTE)
    await settle()
    expect(notified.map((n) => n.findingId)).toEqual(['user-needs-registration'])
    expect(trays.at(-1)).toMatchObject({ icon: 'broken', fix: { playbookId: 're-register' } })
    expect(monitor.fixTarget).toEqual({ findingId: 'user-needs-registration', playbookId: 're-register' })
    // The menu said "checking" while a check ran.
    expect(
      trays.some((model) => model.items[0]!.kind === 'label' && model.items[0]!.label.includes('Checking')),
    ).toBe(true)
    // The history's appends are real, fsynced file writes: on a busy machine they can outlast settle().
    await vi.waitFor(
      async () => expect((await history.read()).records.map((r) => r.verdict)).toEqual(['healthy', 'broken']),
      { timeout: 5_000 },
    )
  })

  it('says why when the state could not be read, records nothing and backs off', async () => {
    const { monitor, notified, errors, history } = monitorWith([{ ok: false, reason: 'app-sso timed out' }])
    monitor.start()
    await vi.advanceTimersByTimeAsync(1)
    await settle()
    expect(errors).toEqual(['background check (start) could not read the state'])
    expect(monitor.state).toBeNull()
    expect(notified).toEqual([])
    expect((await history.read()).records).toEqual([])
    expect(monitor.scheduler.consecutiveFailures).toBe(1)
    // The next check waits longer than the interval.
    expect(monitor.scheduler.nextDelayMs).toBeGreaterThan(30 * MINUTE)
  })

  it('takes states read elsewhere once, whoever reports them first', async () => {
    const broken = macState('needsRegistration')
    const { monitor, notified, trays } = monitorWith([broken])
    monitor.observe({ state: null, checking: true })
    expect(trays.at(-1)!.items[0]).toEqual({ kind: 'label', label: 'Checking your Mac…' })
    monitor.observe({ state: broken, checking: false })
    monitor.start() // its own first check returns the same state object
    await vi.advanceTimersByTimeAsync(0)
    monitor.observe({ state: broken, checking: false })
    expect(notified.map((n) => n.findingId)).toEqual(['user-needs-registration'])
  })

  it('re-checks after a playbook ends without notifying during it', async () => {
    let running = true
    const { monitor, notified } = monitorWith(
      [macState('healthy'), macState('needsRegistration')],
      () => running,
    )
    monitor.start()
    await vi.advanceTimersByTimeAsync(0)
    monitor.trigger('manual')
    await vi.advanceTimersByTimeAsync(0)
    running = false
    monitor.trigger('playbookEnded')
    await vi.advanceTimersByTimeAsync(0)
    expect(monitor.state?.verdict.status).toBe('broken')
    expect(notified).toEqual([])
  })
})
