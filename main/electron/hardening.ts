/**
 * The parts of Electron's security checklist that live on the session, the protocol handler and the
 * default menu; each decision is a pure function in main/common/security/policy.ts.
 */
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import { Menu, net, protocol, type Session } from 'electron'
import {
  APP_SCHEME,
  appAssetPath,
  appResponseHeaders,
  devicePermissionDecision,
  permissionDecision,
} from '../common/security/policy'

/** Every permission request and check, and every device request, is denied. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission))
  session.setDevicePermissionHandler((details) => devicePermissionDecision(details))
}

/**
 * Serves the renderer folder under app://bundle/ (never file://), refusing paths outside it; every
 * response carries the CSP as a header too.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appAssetPath(request.url)
    if (!file) return new Response('not found', { status: 404, headers: appResponseHeaders() })
    const response = await net.fetch(pathToFileURL(path.join(rendererDir, file)).toString())
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(appResponseHeaders())) headers.set(name, value)
    return new Response(response.body, { status: response.status, headers })
  })
}

/**
 * No menu until the app's own is built (main/node/menubar/appMenu.ts, once the language is known):
 * Electron's default menu, with Toggle Developer Tools and Reload, never appears.
 */
export function clearDefaultMenu(): void {
  Menu.setApplicationMenu(null)
}
