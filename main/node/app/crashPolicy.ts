/**
 * What the app does when something fails outside any request: every failure goes to the app log
 * (which bundles carry). A main-process exception keeps the app running unless they come in a burst
 * (then the state is suspect: relaunch, once); a rejection is logged and the app goes on. A renderer
 * that crashes or hangs is reloaded once; if it fails again soon, the window shows the calm error
 * page instead of trying for ever. Plain logic: main/electron/crashRecovery.ts wires it to Electron.
 */
import type { Logger } from '../../common/logger'

/** More exceptions than this within `BURST_WINDOW_MS` mean the process is not safe to keep. */
const BURST_LIMIT = 3
const BURST_WINDOW_MS = 60_000
/** A renderer failing again within this long after a reload gets the error page, not another reload. */
export const RENDERER_RETRY_WINDOW_MS = 10 * 60_000

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}${stackHead(error.stack)}` : String(error)
const stackHead = (stack: string | undefined) =>
  stack
    ? ` | ${stack
        .split('\n')
        .slice(1, 5)
        .map((line) => line.trim())
        .join(' ')}`
    : ''

export interface ProcessCrashPolicy {
  uncaughtException(error: unknown): 'keepRunning' | 'relaunched' | 'quit'
  unhandledRejection(reason: unknown): void
}

export function createProcessCrashPolicy({
  log,
  now,
  relaunch,
  quit,
}: {
  log: Logger
  now: () => number
  /** Restarts the app (app.relaunch + exit); called at most once per run. */
  relaunch: () => void
  /** Ends the app when a relaunch already happened (the LaunchAgent starts it again later). */
  quit: () => void
}): ProcessCrashPolicy {
  const recent: number[] = []
  let relaunched = false
  return {
    uncaughtException(error) {
      const at = now()
      recent.push(at)
      while (recent.length > 0 && recent[0]! <= at - BURST_WINDOW_MS) recent.shift()
      if (recent.length <= BURST_LIMIT) {
        log.error(`uncaught exception (the app keeps running): ${describe(error)}`)
        return 'keepRunning'
      }
      if (!relaunched) {
        relaunched = true
        log.error(`uncaught exceptions in a burst, relaunching: ${describe(error)}`)
        relaunch()
        return 'relaunched'
      }
      log.error(`uncaught exceptions again after the relaunch, quitting: ${describe(error)}`)
      quit()
      return 'quit'
    },
    unhandledRejection(reason) {
      log.error(`unhandled rejection (the app keeps running): ${describe(reason)}`)
    },
  }
}

export type RendererFailure = { kind: 'gone'; reason: string; exitCode?: number } | { kind: 'unresponsive' }

export interface RendererRecovery {
  /** Decides and does what a failed renderer needs: 'reload' once, then 'errorPage'. */
  failed(failure: RendererFailure): 'reload' | 'errorPage' | 'ignored'
  /** The window answered again after `unresponsive`. */
  responsive(): void
}

export function createRendererRecovery({
  log,
  now,
  reload,
  showErrorPage,
}: {
  log: Logger
  now: () => number
  reload: () => void
  showErrorPage: () => void
}): RendererRecovery {
  let lastReloadAt: number | null = null
  let hung = false
  return {
    failed(failure) {
      const what =
        failure.kind === 'gone'
          ? `the window's renderer ended (${failure.reason}${failure.exitCode === undefined ? '' : `, exit code ${failure.exitCode}`})`
          : 'the window stopped responding'
      // A clean exit is the window closing, not a failure.
      if (failure.kind === 'gone' && failure.reason === 'clean-exit') return 'ignored'
      if (failure.kind === 'unresponsive') {
        if (hung) return 'ignored'
        hung = true
      }
      const at = now()
      if (lastReloadAt === null || at - lastReloadAt > RENDERER_RETRY_WINDOW_MS) {
        lastReloadAt = at
        log.error(`${what}: reloading it`)
        reload()
        return 'reload'
      }
      log.error(`${what} again after a reload: showing the error page`)
      showErrorPage()
      return 'errorPage'
    },
    responsive() {
      if (hung) log.info('the window responds again')
      hung = false
    },
  }
}
