// main/electron/index.ts with a mocked `electron`: what it sets up before the app is ready.
import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  return {
    appListeners,
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      // Never ready: this test stops at what happens before.
      whenReady: () => new Promise(() => {}),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  }
})
vi.mock('electron', () => electron)

// Started without a CLI command: the window path (restored at once; other test files share argv).
const argv = process.argv
process.argv = ['/Applications/PSSO Helper.app/Contents/MacOS/PSSO Helper']
await import('../../../main/electron/index')
process.argv = argv

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>()
  let openHandler: (() => unknown) | undefined
  return {
    on: (name: string, listener: (event: { preventDefault: () => void }, url?: string) => void) =>
      listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
    fire(name: string, url?: string) {
      const preventDefault = vi.fn()
      listeners.get(name)!({ preventDefault }, url)
      return preventDefault.mock.calls.length > 0
    },
    openWindow: () => openHandler?.(),
  }
}

describe('before the app is ready', () => {
  it('sandboxes every renderer and takes the single-instance lock', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled()
  })

  it('registers app:// as a standard, secure scheme', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
  })

  it('denies navigation away from the app, redirects, webviews and new windows in every webContents', () => {
    const contents = fakeContents()
    electron.appListeners.get('web-contents-created')!({}, contents)
    expect(contents.fire('will-navigate', 'https://evil.test/')).toBe(true)
    expect(contents.fire('will-navigate', 'app://bundle/index.html')).toBe(false)
    expect(contents.fire('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(contents.fire('will-attach-webview')).toBe(true)
    expect(contents.openWindow()).toEqual({ action: 'deny' })
  })
})
