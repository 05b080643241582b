// The Electron wiring of crash capture, with Electron mocked: process errors, dead child processes
// and a failed renderer reach the log and the recovery (reload, then the error page).
import { afterEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  const app = Object.assign(new EventEmitter(), { relaunch: vi.fn(), exit: vi.fn() })
  return { app, EventEmitter }
})
vi.mock('electron', () => ({ app: electron.app }))

const { RECOVERY_URL, watchMainProcess, watchWindow } = await import('../../../main/electron/crashRecovery')

const lines: string[] = []
const log = {
  error: (m: string) => lines.push(`error ${m}`),
  warn: (m: string) => lines.push(`warn ${m}`),
  info: (m: string) => lines.push(`info ${m}`),
  debug: () => {},
  flush: async () => {},
}
afterEach(() => {
  lines.length = 0
})

describe('main process', () => {
  it('logs uncaught exceptions and rejections, and child processes that die', () => {
    const before = {
      exception: process.listeners('uncaughtException'),
      rejection: process.listeners('unhandledRejection'),
    }
    watchMainProcess(log)
    const exception = process.listeners('uncaughtException').find((l) => !before.exception.includes(l))!
    const rejection = process.listeners('unhandledRejection').find((l) => !before.rejection.includes(l))!
    try {
      exception(new Error('boom'), 'uncaughtException')
      rejection(new Error('late'), Promise.resolve())
      electron.app.emit(
        'child-process-gone',
        {},
        { type: 'Utility', serviceName: 'PSSO Helper reports', reason: 'crashed', exitCode: 5 },
      )
      electron.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'clean-exit', exitCode: 0 })
      expect(lines).toEqual([
        expect.stringContaining('error uncaught exception (the app keeps running): Error: boom'),
        expect.stringContaining('error unhandled rejection (the app keeps running): Error: late'),
        'warn child process PSSO Helper reports ended: crashed (exit code 5)',
      ])
      expect(electron.app.relaunch).not.toHaveBeenCalled()
    } finally {
      process.off('uncaughtException', exception)
      process.off('unhandledRejection', rejection)
    }
  })
})

describe('the window', () => {
  function fakeWindow() {
    const window = Object.assign(new electron.EventEmitter(), {
      webContents: Object.assign(new electron.EventEmitter(), { reload: vi.fn() }),
      loadURL: vi.fn(async () => {}),
    })
    return window
  }

  it('reloads a renderer that is gone, then loads the error page when it goes again', () => {
    const window = fakeWindow()
    watchWindow(window as never, log)
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(window.loadURL).toHaveBeenCalledWith(RECOVERY_URL)
    expect(RECOVERY_URL).toBe('app://bundle/index.html#recovery')
  })

  it('reloads a window that stops responding', () => {
    const window = fakeWindow()
    watchWindow(window as never, log)
    window.emit('unresponsive')
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(lines).toEqual(['error the window stopped responding: reloading it'])
  })
})
