/**
 * The app's security policy as small pure functions (Electron's security checklist), so each rule
 * is unit-tested on any machine. main/electron applies them; the preview server reuses the CSP.
 */
import type { AppConfig } from '../config/appConfig'
import { COMPANY_PORTAL_URL, playbookExternalUrls } from '../repair/urls'

/** The custom scheme the built renderer is served from (never file://). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The webPreferences of every window: isolated, sandboxed, no Node, web security on, no middle-click
 * (Auxclick) navigation; DevTools only in a development build.
 */
export function secureWebPreferences(preloadPath: string, { release = true }: { release?: boolean } = {}) {
  return {
    preload: preloadPath,
    devTools: !release,
    disableBlinkFeatures: 'Auxclick',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const
}

/**
 * The Content-Security-Policy of the built renderer: only its own scripts and styles, no eval, no
 * inline script, no frames, no plugins; `connect-src 'self'` lets the preview bridge reach its
 * own server (the desktop app makes no requests at all). It is delivered in a <meta> element, where
 * `frame-ancestors` is ignored: the preview server sends that one as a header (FRAME_ANCESTORS).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

/** `protocol//host`: URL.origin is "null" for custom schemes like app:, so compare this instead. */
const originOf = (url: URL) => `${url.protocol}//${url.host}`

export const FRAME_ANCESTORS = "frame-ancestors 'none'"

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** In-app navigation: only the app's own pages; everything else is denied (links open by intent). */
export function isAllowedNavigation(url: string, appOrigin: string = APP_ORIGIN): boolean {
  const parsed = parse(url)
  return parsed !== null && originOf(parsed) === appOrigin && parsed.username === '' && parsed.password === ''
}

/** Every permission request (camera, notifications from the page, geolocation, …) is denied. */
export function permissionDecision(_permission: string): false {
  return false
}

/** Every device request (USB, HID, serial, Bluetooth) is denied: the page needs none. */
export function devicePermissionDecision(_device: { deviceType: string }): false {
  return false
}

/**
 * Headers of every `app://` response: the CSP again as a header (a <meta> element cannot carry
 * `frame-ancestors`, and a header holds even for a response that is not the built index.html).
 */
export function appResponseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** The sender of an IPC message, as the handler sees it. */
export interface IpcSender {
  webContentsId: number
  /** The URL of the frame that sent it; null when Electron no longer knows it. */
  frameUrl: string | null
}

/** Electron checklist item 17: only our own windows, showing our own pages, may call the main process. */
export function isTrustedSender(
  sender: IpcSender,
  trustedWebContentsIds: ReadonlySet<number>,
  appOrigin: string = APP_ORIGIN,
): boolean {
  return (
    trustedWebContentsIds.has(sender.webContentsId) &&
    sender.frameUrl !== null &&
    isAllowedNavigation(sender.frameUrl, appOrigin)
  )
}

// #region External links

const SETTINGS_SCHEME = 'x-apple.systempreferences:'

/**
 * `shell.openExternal` allow-list, decided on the PARSED URL (a prefix check is fooled by
 * `https://example.com.evil.test`). Allowed: exactly the System Settings panes and Company Portal
 * links the playbooks use, and https pages on an origin the allow-list names (the organisation's
 * configured support and password pages). No credentials in URLs, ever.
 */
export function isAllowedExternalUrl(
  url: string,
  config: Pick<AppConfig, 'SupportURL' | 'PasswordChangeURL'>,
): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false
  return playbookExternalUrls(config).some((entry) => {
    const allowed = parse(entry)
    if (!allowed) return false
    return parsed.protocol === 'https:' && allowed.protocol === 'https:'
      ? parsed.origin === allowed.origin
      : parsed.href === allowed.href
  })
}

export type ExternalRequest =
  { intent: 'passwordChange' | 'support' | 'companyPortal' } | { intent: 'settingsPane'; url: string }

/**
 * The URL an intent opens, or null when there is none (no support URL configured) or when it is not
 * on the allow-list.
 */
export function resolveExternalUrl(
  request: ExternalRequest,
  config: Pick<AppConfig, 'SupportURL' | 'PasswordChangeURL'>,
): string | null {
  const url = {
    passwordChange: () => config.PasswordChangeURL,
    support: () => config.SupportURL,
    companyPortal: () => COMPANY_PORTAL_URL,
    settingsPane: () =>
      request.intent === 'settingsPane' && request.url.startsWith(SETTINGS_SCHEME) ? request.url : null,
  }[request.intent]()
  return url !== null && isAllowedExternalUrl(url, config) ? url : null
}

// #endregion

/**
 * The file an `app://bundle/…` request asks for, as a path relative to the renderer folder, or null
 * when the URL is not ours or tries to climb out of the folder (`..`, encoded or not).
 */
export function appAssetPath(url: string, appOrigin: string = APP_ORIGIN): string | null {
  const parsed = parse(url)
  if (!parsed || originOf(parsed) !== appOrigin) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  const segments = pathname.split('/').filter((segment) => segment !== '')
  if (
    segments.some(
      (segment) => segment === '..' || segment === '.' || segment.includes('\\') || segment.includes('\0'),
    )
  )
    return null
  return segments.length === 0 ? 'index.html' : segments.join('/')
}
