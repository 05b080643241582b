// What the app does with failures outside any request: logged (redacted by the app log), keeps
// running where it is safe, relaunches once on a burst; a failed renderer is reloaded once, then
// gets the calm error page.
import { describe, expect, it, vi } from 'vitest'
import { createProcessCrashPolicy, createRendererRecovery } from '../../../main/node/app/crashPolicy'
import { createAppLogger } from '../../../main/node/log/appLog'
import { readAppLog } from '../../../main/node/log/appLog'
import { tempHome } from '../../helpers/bundles'

function setup() {
  let now = Date.parse('2026-11-21T10:00:00Z')
  const home = tempHome()
  const log = createAppLogger({ homeDir: home, now: () => now })
  const relaunch = vi.fn()
  const quit = vi.fn()
  const policy = createProcessCrashPolicy({ log, now: () => now, relaunch, quit })
  return { policy, log, home, relaunch, quit, advance: (ms: number) => (now += ms) }
}

describe('main-process failures', () => {
  it('logs an uncaught exception without its secrets and keeps running', async () => {
    const { policy, log, home, relaunch } = setup()
    expect(
      policy.uncaughtException(new TypeError('bad header Authorization: Bearer canaryToken123456')),
    ).toBe('keepRunning')
    policy.unhandledRejection(new Error('probe failed refresh_token=canaryRefresh'))
    await log.flush()
    const { text } = await readAppLog(home)
    expect(text).toContain('ERROR uncaught exception (the app keeps running): TypeError: bad header')
    expect(text).toContain('ERROR unhandled rejection (the app keeps running): Error: probe failed')
    expect(text).not.toMatch(/canaryToken123456|canaryRefresh/)
    expect(relaunch).not.toHaveBeenCalled()
  })

  it('relaunches once on a burst of exceptions, and quits if they go on after that', () => {
    const { policy, relaunch, quit } = setup()
    for (let i = 0; i < 3; i++) expect(policy.uncaughtException(new Error(`e${i}`))).toBe('keepRunning')
    expect(policy.uncaughtException(new Error('e3'))).toBe('relaunched')
    expect(relaunch).toHaveBeenCalledTimes(1)
    expect(policy.uncaughtException(new Error('e4'))).toBe('quit')
    expect(relaunch).toHaveBeenCalledTimes(1)
    expect(quit).toHaveBeenCalledTimes(1)
  })

  it('exceptions spread over the day never count as a burst', () => {
    const { policy, relaunch, advance } = setup()
    for (let i = 0; i < 20; i++) {
      expect(policy.uncaughtException(new Error(`e${i}`))).toBe('keepRunning')
      advance(30_000)
    }
    expect(relaunch).not.toHaveBeenCalled()
  })
})

describe('renderer failures', () => {
  function renderer() {
    let now = 0
    const reload = vi.fn()
    const showErrorPage = vi.fn()
    const lines: string[] = []
    const log = {
      error: (m: string) => lines.push(m),
      warn: () => {},
      info: (m: string) => lines.push(m),
      debug: () => {},
    }
    const recovery = createRendererRecovery({ log, now: () => now, reload, showErrorPage })
    return { recovery, reload, showErrorPage, lines, advance: (ms: number) => (now += ms) }
  }

  it('reloads a crashed renderer once, then shows the error page', () => {
    const r = renderer()
    expect(r.recovery.failed({ kind: 'gone', reason: 'crashed', exitCode: 11 })).toBe('reload')
    expect(r.recovery.failed({ kind: 'gone', reason: 'oom' })).toBe('errorPage')
    expect(r.reload).toHaveBeenCalledTimes(1)
    expect(r.showErrorPage).toHaveBeenCalledTimes(1)
    expect(r.lines).toEqual([
      "the window's renderer ended (crashed, exit code 11): reloading it",
      "the window's renderer ended (oom) again after a reload: showing the error page",
    ])
  })

  it('a hung window is reloaded once per hang; a crash long after a reload is reloaded again', () => {
    const r = renderer()
    expect(r.recovery.failed({ kind: 'unresponsive' })).toBe('reload')
    expect(r.recovery.failed({ kind: 'unresponsive' })).toBe('ignored')
    r.recovery.responsive()
    r.advance(11 * 60_000)
    expect(r.recovery.failed({ kind: 'gone', reason: 'crashed' })).toBe('reload')
    expect(r.reload).toHaveBeenCalledTimes(2)
  })

  it('a window that closed normally is no failure', () => {
    const r = renderer()
    expect(r.recovery.failed({ kind: 'gone', reason: 'clean-exit' })).toBe('ignored')
    expect(r.reload).not.toHaveBeenCalled()
  })
})
