/**
 * Renderer errors reach the app log through `log:error`: those React catches (ErrorBoundary) and
 * those outside React (event handlers, promises nobody awaited).
 */
import { bridge } from './bridge'

type LogErrorRequest = Parameters<typeof bridge.logError>[0]

/** log:error's caps on the message and the stack (its schema in main/common/ipc/contract.ts). */
const MAX_MESSAGE = 2000
const MAX_STACK = 8000

/**
 * Logs an error's message and stack, cut to the contract's caps. `fallback` stands for the message
 * when there is no error value at all (a window error event without one).
 */
export function logRendererError(
  source: LogErrorRequest['source'],
  error: unknown,
  { fallback, screen }: { fallback?: string; screen?: string } = {},
): void {
  const message =
    error instanceof Error
      ? error.message
      : error === undefined && fallback !== undefined
        ? fallback
        : String(error)
  const stack = error instanceof Error ? error.stack : undefined
  void bridge.logError({
    source,
    message: message.slice(0, MAX_MESSAGE),
    ...(stack ? { stack: stack.slice(0, MAX_STACK) } : {}),
    ...(screen !== undefined ? { screen } : {}),
  })
}

export function reportWindowErrors(): void {
  window.addEventListener('error', (event) =>
    logRendererError('window', event.error, { fallback: event.message }),
  )
  window.addEventListener('unhandledrejection', (event) =>
    logRendererError('rejection', event.reason, { fallback: 'rejected' }),
  )
}
