import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  appAssetPath,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSender,
  permissionDecision,
  resolveExternalUrl,
  secureWebPreferences,
} from '../../../main/common/security/policy'

const config = { ...DEFAULT_CONFIG, SupportURL: 'https://help.example.com/it/mac' }
const USERS_GROUPS = 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension'

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name!, values]
    }),
  )
  it('allows only the bundle’s own scripts: no inline, no eval, no remote', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
  it('denies everything not listed, frames and plugins included', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })
})

describe('isAllowedNavigation', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://bundle/index.html#/repair', true],
    ['app://evil/index.html', false],
    ['app://user:pw@bundle/index.html', false],
    ['file:///Applications/PSSO%20Helper.app/index.html', false],
    ['https://bundle/index.html', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed)
  })
  it('uses the given origin for the preview', () => {
    expect(isAllowedNavigation('http://127.0.0.1:4173/', 'http://127.0.0.1:4173')).toBe(true)
    expect(isAllowedNavigation('http://127.0.0.1:4174/', 'http://127.0.0.1:4173')).toBe(false)
  })
})

describe('permissionDecision', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'])('denies %s', (p) => {
    expect(permissionDecision(p)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const trusted = new Set([3])
  it.each([
    [{ webContentsId: 3, frameUrl: APP_ENTRY_URL }, true],
    [{ webContentsId: 4, frameUrl: APP_ENTRY_URL }, false],
    [{ webContentsId: 3, frameUrl: 'https://evil.test/' }, false],
    [{ webContentsId: 3, frameUrl: null }, false],
  ])('%o → %s', (sender, expected) => {
    expect(isTrustedSender(sender, trusted)).toBe(expected)
  })
})

describe('isAllowedExternalUrl', () => {
  it.each([
    // System Settings: exact panes only
    [USERS_GROUPS, true],
    ['x-apple.systempreferences:com.apple.Profiles-Settings.extension', true],
    ['x-apple.systempreferences:com.apple.preference.security', false],
    [`${USERS_GROUPS}?showinfo*user:root`, false],
    [`${USERS_GROUPS}#x`, false],
    ['X-APPLE.SYSTEMPREFERENCES:com.apple.Users-Groups-Settings.extension', true],
    // Company Portal
    ['companyportal:', true],
    ['companyportal://enroll?x=1', false],
    ['https://go.microsoft.com/fwlink/?linkid=853070', true],
    // the organisation's https pages, by parsed origin
    ['https://help.example.com/other/page', true],
    ['https://mysignins.microsoft.com/security-info/password/change', true],
    ['https://help.example.com.evil.test/it/mac', false],
    ['https://evil.test/https://help.example.com/', false],
    ['https://help.example.com@evil.test/', false],
    ['https://user:pw@help.example.com/', false],
    ['http://help.example.com/it/mac', false],
    ['https://help.example.com:8443/', false],
    ['https://HELP.EXAMPLE.COM/it', true],
    // never
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['smb://server/share', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, config)).toBe(allowed)
  })

  it('allows no https page when the organisation configured none', () => {
    const none = { SupportURL: null, PasswordChangeURL: 'not a url' }
    expect(isAllowedExternalUrl('https://help.example.com/', none)).toBe(false)
  })
})

describe('resolveExternalUrl', () => {
  it('opens each intent at its configured place', () => {
    expect(resolveExternalUrl({ intent: 'passwordChange' }, config)).toBe(DEFAULT_CONFIG.PasswordChangeURL)
    expect(resolveExternalUrl({ intent: 'support' }, config)).toBe('https://help.example.com/it/mac')
    expect(resolveExternalUrl({ intent: 'companyPortal' }, config)).toBe('companyportal:')
    expect(resolveExternalUrl({ intent: 'settingsPane', url: USERS_GROUPS }, config)).toBe(USERS_GROUPS)
  })
  it('refuses what is not configured or not a settings pane', () => {
    expect(resolveExternalUrl({ intent: 'support' }, DEFAULT_CONFIG)).toBeNull()
    expect(
      resolveExternalUrl({ intent: 'settingsPane', url: 'https://help.example.com/' }, config),
    ).toBeNull()
    expect(
      resolveExternalUrl({ intent: 'passwordChange' }, { ...config, PasswordChangeURL: 'http://x.test/' }),
    ).toBeNull()
  })
})

describe('appAssetPath', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/assets/index-abc.js?v=1', 'assets/index-abc.js'],
    ['app://bundle/a%2F..%2F..%2Fetc/passwd', null],
    ['app://bundle/..%5c..%5cetc', null],
    ['app://other/index.html', null],
    ['app://bundle/%E0%A4%A', null],
  ])('%s → %s', (url, expected) => {
    expect(appAssetPath(url)).toBe(expected)
  })
})
