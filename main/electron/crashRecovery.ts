/**
 * Wires the crash policy (main/node/app/crashPolicy.ts) to Electron: the main process's uncaught
 * exceptions and rejections, child processes that die (the GPU, a utility process), and for the
 * window a renderer that is gone or unresponsive (reload once, then the calm error page).
 */
import { app, type BrowserWindow } from 'electron'
import type { Logger } from '../common/logger'
import { APP_ENTRY_URL } from '../common/security/policy'
import { createProcessCrashPolicy, createRendererRecovery } from '../node/app/crashPolicy'

/** The window's error page: the renderer shows only the calm recovery screen at this address. */
export const RECOVERY_URL = `${APP_ENTRY_URL}#recovery`

export function watchMainProcess(log: Logger) {
  const policy = createProcessCrashPolicy({
    log,
    now: Date.now,
    relaunch: () => {
      app.relaunch()
      void (log.flush?.() ?? Promise.resolve()).finally(() => app.exit(1))
    },
    quit: () => void (log.flush?.() ?? Promise.resolve()).finally(() => app.exit(1)),
  })
  process.on('uncaughtException', (error) => void policy.uncaughtException(error))
  process.on('unhandledRejection', (reason) => policy.unhandledRejection(reason))
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    const name = details.name ?? details.serviceName ?? details.type
    log.warn(`child process ${name} ended: ${details.reason} (exit code ${details.exitCode})`)
  })
  return policy
}

export function watchWindow(window: BrowserWindow, log: Logger) {
  const recovery = createRendererRecovery({
    log,
    now: Date.now,
    reload: () => window.webContents.reload(),
    showErrorPage: () => void window.loadURL(RECOVERY_URL),
  })
  window.webContents.on('render-process-gone', (_event, details) =>
    recovery.failed({ kind: 'gone', reason: details.reason, exitCode: details.exitCode }),
  )
  window.on('unresponsive', () => recovery.failed({ kind: 'unresponsive' }))
  window.on('responsive', () => recovery.responsive())
  return recovery
}
