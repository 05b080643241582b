/** Errors outside React (event handlers, promises nobody awaited) reach the app log too. */
import { bridge } from './bridge'

const cut = (text: string | undefined, max: number) => (text ? text.slice(0, max) : undefined)

function report(source: 'window' | 'rejection', error: unknown, fallback: string) {
  const message = error instanceof Error ? error.message : error === undefined ? fallback : String(error)
  const stack = cut(error instanceof Error ? error.stack : undefined, 8000)
  void bridge.logError({ source, message: message.slice(0, 2000), ...(stack ? { stack } : {}) })
}

export function reportWindowErrors(): void {
  window.addEventListener('error', (event) => report('window', event.error, event.message))
  window.addEventListener('unhandledrejection', (event) => report('rejection', event.reason, 'rejected'))
}
