// The background's settings follow a changed profile without a restart: the check interval, the
// notifications, and whether the menu offers Quit.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { createBackgroundMonitor } from '../../../main/node/checks/backgroundMonitor'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import type { TrayModel } from '../../../main/node/menubar/trayMenu'
import {
  notificationSettings,
  type AppNotification,
} from '../../../main/node/notifications/notificationPolicy'
import { macState } from '../../helpers/builtStates'
import { createFakeClock, settle } from '../../helpers/fakeClock'

const MINUTE = 60_000
let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function monitor() {
  dir = mkdtempSync(path.join(tmpdir(), 'psso-live-settings-'))
  const clock = createFakeClock('2026-11-10T08:00:00Z')
  const notified: AppNotification[] = []
  const trays: TrayModel[] = []
  let broken = false
  const background = createBackgroundMonitor({
    readState: async () => ({
      ok: true,
      state: macState(broken ? 'needsRegistration' : 'healthy', new Date(clock.now()).toISOString()),
    }),
    timers: clock.timers,
    now: clock.now,
    intervalMinutes: 30,
    history: createHistoryStore({ dir }),
    notifications: notificationSettings(DEFAULT_CONFIG, 'en'),
    allowQuit: true,
    isPlaybookRunning: () => false,
    notify: (n) => notified.push(n),
    renderTray: (model) => trays.push(model),
    onError: () => {},
  })
  return { background, clock, notified, trays, breakIt: () => (broken = true) }
}

describe('background settings from a changed profile', () => {
  it('the next check follows the new interval, and a disabled notification is not shown', async () => {
    const { background, clock, notified, breakIt } = monitor()
    background.start()
    await settle()
    expect(background.scheduler.nextDelayMs).toBe(30 * MINUTE)
    background.configChanged({ ...DEFAULT_CONFIG, CheckIntervalMinutes: 120, NotificationsEnabled: false })
    expect(background.scheduler.nextDelayMs).toBe(120 * MINUTE)
    expect(clock.pending()).toEqual([120 * MINUTE])
    breakIt()
    clock.fireNext()
    await settle()
    expect(notified).toEqual([])
  })

  it('a profile that forbids Quit takes it off the menu at once', () => {
    const { background, trays } = monitor()
    background.start()
    expect(trays.at(-1)?.items.some((item) => item.kind === 'action' && item.id === 'quit')).toBe(true)
    background.configChanged({ ...DEFAULT_CONFIG, AllowQuit: false })
    expect(trays.at(-1)?.items.some((item) => item.kind === 'action' && item.id === 'quit')).toBe(false)
  })
})
