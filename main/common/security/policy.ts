/**
 * The app's security policy as small pure functions (Electron's security checklist), so each rule
 * is unit-tested on any machine. main/electron applies them; the preview server reuses the CSP.
 */
import type { AppConfig } from '../config/appConfig'

/** The custom scheme the built renderer is served from (never file://). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** The webPreferences of every window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
 * own server (the desktop app makes no requests at all).
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
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** `protocol//host`: URL.origin is "null" for custom schemes like app:, so compare this instead. */
const originOf = (url: URL) => `${url.protocol}//${url.host}`

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

/** The System Settings panes the playbooks send users to (psso-domain.md, deep links). */
export const SETTINGS_PANES = [
  'com.apple.Users-Groups-Settings.extension',
  'com.apple.Passwords-Settings.extension',
  'com.apple.LoginItems-Settings.extension',
  'com.apple.settings.PrivacySecurity.extension',
  'com.apple.Profiles-Settings.extension',
  'com.apple.Touch-ID-Settings.extension',
] as const
const SETTINGS_SCHEME = 'x-apple.systempreferences:'

/** Company Portal's URL scheme; opening it brings the app forward. */
export const COMPANY_PORTAL_URL = 'companyportal:'

export const settingsPaneUrl = (pane: (typeof SETTINGS_PANES)[number]) => `${SETTINGS_SCHEME}${pane}`

/** The https pages the organisation configured (support, password change). */
function configuredHttpsUrls(config: Pick<AppConfig, 'SupportURL' | 'PasswordChangeURL'>): URL[] {
  return [config.SupportURL, config.PasswordChangeURL]
    .map((url) => (url ? parse(url) : null))
    .filter((url): url is URL => url !== null && url.protocol === 'https:')
}

/**
 * `shell.openExternal` allow-list, decided on the PARSED URL (a prefix check is fooled by
 * `https://example.com.evil.test`): an exact System Settings pane, Company Portal's scheme, or an
 * https URL whose origin is one the organisation configured. No credentials in URLs, ever.
 */
export function isAllowedExternalUrl(
  url: string,
  config: Pick<AppConfig, 'SupportURL' | 'PasswordChangeURL'>,
): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false
  switch (parsed.protocol) {
    case SETTINGS_SCHEME:
      return (
        (SETTINGS_PANES as readonly string[]).includes(parsed.pathname) &&
        parsed.search === '' &&
        parsed.hash === ''
      )
    case COMPANY_PORTAL_URL:
      return parsed.href === COMPANY_PORTAL_URL
    case 'https:':
      return configuredHttpsUrls(config).some((allowed) => allowed.origin === parsed.origin)
    default:
      return false
  }
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
