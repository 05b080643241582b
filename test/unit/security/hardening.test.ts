// Electron's checklist items on the session, the app:// handler and the default menu: the pure policy, and
// main/electron/hardening.ts applying it (Electron mocked).
import { describe, expect, it, vi } from 'vitest'
import {
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  devicePermissionDecision,
  secureWebPreferences,
} from '../../../main/common/security/policy'

const electron = vi.hoisted(() => ({
  protocol: { handle: vi.fn() },
  net: {
    fetch: vi.fn(async () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } })),
  },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}))
vi.mock('electron', () => electron)
const { clearDefaultMenu, hardenSession, serveRenderer } = await import('../../../main/electron/hardening')

describe('policy', () => {
  it('no DevTools and no middle-click navigation in a release build; DevTools in development', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(secureWebPreferences('/p.cjs', { release: true }).devTools).toBe(false)
    expect(secureWebPreferences('/p.cjs', { release: false }).devTools).toBe(true)
  })

  it('the CSP also as a response header, with frame-ancestors', () => {
    expect(appResponseHeaders()['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    )
    expect(appResponseHeaders()['X-Content-Type-Options']).toBe('nosniff')
  })

  it('denies every device', () => {
    for (const deviceType of ['hid', 'serial', 'usb', 'bluetooth'])
      expect(devicePermissionDecision({ deviceType })).toBe(false)
  })
})

describe('main/electron/hardening.ts', () => {
  it('sets the permission, permission-check and device handlers, each denying', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    hardenSession(session as never)
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'clipboard-read')).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]({ deviceType: 'usb' })).toBe(false)
  })

  it('serves app:// with the CSP header, and refuses what is not its own with it too', async () => {
    serveRenderer('/app/out/renderer')
    const handler = electron.protocol.handle.mock.calls[0]![1] as (request: {
      url: string
    }) => Promise<Response>
    const page = await handler({ url: 'app://bundle/index.html' })
    expect(electron.net.fetch).toHaveBeenCalledWith('file:///app/out/renderer/index.html')
    expect(page.headers.get('content-security-policy')).toBe(appResponseHeaders()['Content-Security-Policy'])
    expect(page.headers.get('content-type')).toBe('text/html')
    const outside = await handler({ url: 'app://elsewhere/index.html' })
    expect(outside.status).toBe(404)
    expect(outside.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it("removes Electron's default menu (with its developer items) until the app's own is built", () => {
    clearDefaultMenu()
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
  })
})
