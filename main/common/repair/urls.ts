/**
 * Every place outside the app a playbook can open. The Electron shell builds its openExternal
 * allow-list from `playbookExternalUrls(config)`: nothing else may be opened.
 * Pane ids are in ../shared/docs/psso-domain.md §4.6 ([BV], cross-checked with Apple's list [AY2]).
 */
import type { AppConfig } from '../config/appConfig'

const pane = (extension: string) => `x-apple.systempreferences:${extension}`

/** The pane every undocumented deep link falls back to (psso-domain.md §4.6). */
export const USERS_AND_GROUPS_URL = pane('com.apple.Users-Groups-Settings.extension')

/**
 * System Settings panes a step may open. `url: null` = no documented, stable id for that pane
 * (marked [UNVERIFIED] in psso-domain.md §4.6): open Users & Groups instead.
 */
export const SETTINGS_PANES = {
  usersAndGroups: { url: USERS_AND_GROUPS_URL },
  /** macOS 13–14 Passwords pane (Password Options lives there) [APW]. */
  passwords: { url: pane('com.apple.Passwords-Settings.extension') },
  /** macOS 15+ General > AutoFill & Passwords: id not found [UNVERIFIED]. */
  autofillAndPasswords: { url: null },
  profiles: { url: pane('com.apple.Profiles-Settings.extension') },
  notifications: { url: pane('com.apple.Notifications-Settings.extension') },
  focus: { url: pane('com.apple.Focus-Settings.extension') },
} as const satisfies Record<string, { url: string | null }>

export type SettingsPaneId = keyof typeof SETTINGS_PANES

/** The URL that opens a pane: its own when documented as stable, else Users & Groups. */
export function settingsPaneUrl(id: SettingsPaneId): string {
  return SETTINGS_PANES[id].url ?? USERS_AND_GROUPS_URL
}

/**
 * Opens Company Portal. The `companyportal:` scheme is Company Portal's registered URL scheme
 * [UNVERIFIED on macOS]: the shell may instead open the app by its bundle id
 * (com.microsoft.CompanyPortalMac [TS]) when the scheme does not resolve.
 */
export const COMPANY_PORTAL_URL = 'companyportal:'
export const COMPANY_PORTAL_BUNDLE_ID = 'com.microsoft.CompanyPortalMac'
/** Microsoft's Company Portal installer link [T], [IADE]. */
export const COMPANY_PORTAL_DOWNLOAD_URL = 'https://go.microsoft.com/fwlink/?linkid=853070'

/** Only https URLs from managed configuration are ever opened. */
const isHttps = (url: string | null): url is string => {
  if (!url) return false
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Every external URL a playbook can open with this configuration: the settings panes, Company
 * Portal, its download link, and the organisation's https URLs (password change, support page).
 */
export function playbookExternalUrls(config: Pick<AppConfig, 'PasswordChangeURL' | 'SupportURL'>): string[] {
  const urls = [
    ...Object.keys(SETTINGS_PANES).map((id) => settingsPaneUrl(id as SettingsPaneId)),
    COMPANY_PORTAL_URL,
    COMPANY_PORTAL_DOWNLOAD_URL,
    ...[config.PasswordChangeURL, config.SupportURL].filter(isHttps),
  ]
  return [...new Set(urls)]
}
