// Every finding in the catalogue is triggered by a fixture (real where one exists, synthetic
// otherwise) through the real state reader, and none appears on the healthy real captures.
import { afterEach, describe, expect, it } from 'vitest'
import { FINDINGS, FINDING_PRIORITY } from '../../../main/common/diagnosis/catalogue'
import { FINDING_IDS, type FindingId } from '../../../main/common/diagnosis/findingIds'
import { DEFAULT_DIAGNOSIS_CONTEXT, type DiagnosisContext } from '../../../main/common/diagnosis/rules'
import type { MacState } from '../../../main/common/model/macState'
import { readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { readFileSync } from 'node:fs'
import { SSO_EXTENSION_LOG_DIR } from '../../../main/node/probe/ssoExtensionLog'
import { signInLogTimeline } from '../../../main/common/history/timeline'
import { inEveryLanguage } from '../../../main/common/i18n'
import {
  createFakeSysroot,
  FAKE_USER,
  realCapture,
  synthetic,
  type FakeSysroot,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function stateOf(
  spec: FakeSysrootSpec,
  context: Partial<DiagnosisContext> = {},
  account: string = FAKE_USER.name,
): Promise<MacState> {
  sysroot = createFakeSysroot(spec)
  const { state } = await readMacState({
    system: createSystemAccess({ ...defaultSystemDeps, env: sysroot.env }),
    now: () => Date.now(),
    diagnosis: { ...DEFAULT_DIAGNOSIS_CONTEXT, ...context },
    user: { name: account, home: FAKE_USER.home },
  })
  return state
}

/** The SSO extension's log of the fake user, from a synthetic fixture. */
const ssoLog = (name: string): FakeSysrootSpec['files'] => ({
  [`${FAKE_USER.home}/${SSO_EXTENSION_LOG_DIR}/SSOExtension.log`]: readFileSync(
    synthetic(`sso-extension-log/${name}`),
  ),
})
const withLog = (name: string) => ({ spec: { files: ssoLog(name) } })

const appSso = (file: string) => ({ stdoutFile: file })
const profiles = (name: string) => ({ stdoutFile: synthetic(`profiles/${name}`) })
const SE_PROFILE = profiles('synthetic-secure-enclave.xml')

/** One fixture per finding: which files, which answers from the user. */
const NO_PROFILES = profiles('synthetic-no-profiles.xml')
const TRIGGERS: Record<
  FindingId,
  { spec: FakeSysrootSpec; context?: Partial<DiagnosisContext>; account?: string }
> = {
  'state-unreadable': { spec: { appSso: appSso(synthetic('app-sso/synthetic-garbage.txt')) } },
  'psso-not-configured': {
    spec: { appSso: appSso(realCapture('not-configured.txt')), profiles: NO_PROFILES },
  },
  'company-portal-missing': {
    spec: {
      appSso: appSso(realCapture('not-configured.txt')),
      profiles: NO_PROFILES,
      companyPortalVersion: null,
    },
  },
  'company-portal-outdated': { spec: { companyPortalVersion: '5.2312.0' } },
  'device-not-registered': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-device-not-registered.txt')) },
  },
  'user-not-registered': {
    spec: { appSso: appSso(realCapture('derived-user-not-registered.txt')), profiles: SE_PROFILE },
  },
  'user-needs-registration': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) },
  },
  'user-needs-new-keys': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-new-keys.txt')) },
  },
  'user-state-unrecognized': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-unknown-user-state.txt')) },
  },
  'user-needs-binding': {
    spec: {
      appSso: appSso(synthetic('app-sso/synthetic-secure-enclave-future-keys.txt')),
      profiles: SE_PROFILE,
    },
  },
  'tokens-missing': {
    spec: { appSso: appSso(realCapture('synthetic-no-tokens-empty-kerberos.txt')), profiles: SE_PROFILE },
  },
  'tokens-expired': { spec: { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expired.txt')) } },
  'tokens-expiring-soon': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expiring-soon.txt')) },
  },
  'password-changed-in-entra': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) },
    context: { reportedEntraPasswordReset: true },
  },
  'secure-enclave-password-expectation': {
    spec: { appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')), profiles: SE_PROFILE },
    context: { expectsMacPasswordToFollowEntra: true },
  },
  'multiple-sso-payloads': {
    spec: {
      appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')),
      profiles: profiles('synthetic-two-sso-payloads.xml'),
    },
  },
  'method-mismatch': {
    // Registered with the Secure Enclave key, the profile now says Password.
    spec: { appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')) },
  },
  'passcode-policy-with-password-method': {
    spec: { profiles: profiles('synthetic-password-with-passcode-policy.xml') },
  },
  'configuration-unknown': { spec: { profiles: 'missing' } },
  'account-excluded': {
    spec: { profiles: profiles('synthetic-password-non-platform-sso-accounts.xml') },
    account: 'localadmin',
  },
  'sign-in-password-rejected': withLog('synthetic-aadsts50126.log'),
  'entra-password-expired': withLog('synthetic-aadsts50055.log'),
  'sign-in-mfa-required': withLog('synthetic-aadsts50079.log'),
  'sign-in-blocked-by-conditional-access': withLog('synthetic-aadsts53003.log'),
  'device-authentication-failed': withLog('synthetic-aadsts50155.log'),
  'device-disabled-in-entra': withLog('synthetic-aadsts135011.log'),
  'device-deleted-in-entra': withLog('synthetic-aadsts700003.log'),
  'refresh-token-expired-inactivity': withLog('synthetic-aadsts700082.log'),
  'sign-in-refresh-failed': withLog('synthetic-invalid-grant.log'),
  'tls-inspection-suspected': withLog('synthetic-untrusted-certificate.log'),
  'macos-registration-prompts': {
    spec: { swVers: { stdout: 'ProductName:\t\tmacOS\nProductVersion:\t\t15.2\nBuildVersion:\t\t24C101\n' } },
  },
  'company-portal-updated': {
    // Updated on 1 May, after the last sign-in (25 April), before the capture (2 May).
    spec: {
      appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')),
      modifiedAt: { '/Applications/Company Portal.app/Contents/Info.plist': '2026-05-01T12:00:00Z' },
    },
  },
  'extension-not-active': {
    // The PSSO profile is installed, app-sso shows nothing configured.
    spec: { appSso: appSso(realCapture('not-configured.txt')) },
  },
  'setup-assistant-registration': {
    spec: {
      appSso: appSso(realCapture('tahoe-secure-enclave-configured-not-registered.txt')),
      profiles: SE_PROFILE,
      swVers: { stdout: 'ProductName:\t\tmacOS\nProductVersion:\t\t26.3\nBuildVersion:\t\t25D125\n' },
      companyPortalVersion: '5.2604.0',
    },
  },
}

const ids = (state: MacState) => state.verdict.findings.map((f) => f.id)

describe('every finding has a fixture that triggers it', () => {
  it.each(FINDING_IDS)('%s', async (id) => {
    const { spec, context, account } = TRIGGERS[id]
    const state = await stateOf(spec, context, account)
    const finding = state.verdict.findings.find((f) => f.id === id)
    expect(finding, `findings: ${ids(state).join(', ')}`).toBeDefined()
    expect(finding!.severity).toBe(FINDINGS[id].severity)
  })
})

describe('the healthy real captures', () => {
  it.each([
    ['sequoia-password-registered.txt', profiles('synthetic-password.xml')],
    ['sequoia-secure-enclave-registered.txt', SE_PROFILE],
  ])('%s has no finding and a healthy verdict', async (capture, profile) => {
    const state = await stateOf({ appSso: appSso(realCapture(capture)), profiles: profile })
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
  })

  it('stays healthy when the user reports a reset but the Mac shows no sign of it', async () => {
    const state = await stateOf(
      {},
      { reportedEntraPasswordReset: true, expectsMacPasswordToFollowEntra: true },
    )
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
  })
})

describe('rules that depend on context', () => {
  it('needs the user report before calling it an Entra password change', async () => {
    const spec = { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) }
    expect(ids(await stateOf(spec))).toEqual(['user-needs-registration', 'tokens-missing'])
    const reported = await stateOf(spec, { reportedEntraPasswordReset: true })
    // The first finding is the thing to do first: the password-reset playbook.
    expect(ids(reported)).toEqual(['password-changed-in-entra', 'user-needs-registration', 'tokens-missing'])
    expect(reported.verdict.status).toBe('broken')
    expect(reported.verdict.findings[0]!.evidence).toMatchObject({
      method: 'password',
      'user.reportedEntraPasswordReset': true,
      'psso.user.stateName': 'POUserStateNeedsRegistration',
    })
  })

  it('does not call a Secure Enclave Mac a password change, whatever the user reports', async () => {
    const state = await stateOf(
      { appSso: appSso(realCapture('synthetic-no-tokens-empty-kerberos.txt')), profiles: SE_PROFILE },
      { reportedEntraPasswordReset: true },
    )
    expect(ids(state)).toEqual(['tokens-missing'])
  })

  it('warns of expiring tokens only inside the configured window', async () => {
    // Captured 23 h 17 min before expiry.
    const spec = { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expiring-soon.txt')) }
    const wide = await stateOf(spec, { tokenExpiryWarningHours: 24 })
    expect(wide.verdict.status).toBe('attention')
    expect(wide.verdict.findings[0]!.evidence).toEqual({
      'psso.tokens.expiresAt': '2026-05-09T09:17:43Z',
      capturedAt: '2026-05-08T10:00:00Z',
      warningHours: 24,
    })
    expect(ids(await stateOf(spec, { tokenExpiryWarningHours: 23 }))).toEqual([])
  })

  it('an explanation-only finding leaves the verdict healthy', async () => {
    const { spec, context } = TRIGGERS['secure-enclave-password-expectation']
    const state = await stateOf(spec, context)
    expect(state.verdict).toMatchObject({ status: 'healthy', findings: [{ severity: 'info' }] })
  })

  it('puts the unconfigured Mac first and Company Portal with it', async () => {
    const state = await stateOf(TRIGGERS['company-portal-missing'].spec)
    expect(state.verdict.status).toBe('notConfigured')
    expect(ids(state)).toEqual(['psso-not-configured', 'company-portal-missing'])
  })

  it('says nothing but unknown when app-sso cannot be read', async () => {
    const state = await stateOf({ appSso: 'missing', companyPortalVersion: null })
    expect(state.verdict).toEqual({
      status: 'unknown',
      findings: [
        { id: 'state-unreadable', severity: 'unknown', evidence: { 'probes.appSso.status': 'notFound' } },
      ],
    })
  })
})

describe('the cause, read from the SSO extension log', () => {
  it('finds a revoked grant without asking the user, with the redacted line as evidence', async () => {
    const state = await stateOf({ files: ssoLog('synthetic-aadsts50173.log') })
    expect(ids(state)).toEqual(['password-changed-in-entra'])
    expect(state.verdict.status).toBe('broken')
    expect(state.verdict.findings[0]!.evidence).toMatchObject({
      'signInLog.at': '2026-04-25T09:30:00Z',
      'signInLog.signature': 'AADSTS50173',
    })
    expect(String(state.verdict.findings[0]!.evidence['signInLog.line'])).toContain(
      'AADSTS50173: The provided grant',
    )
    expect(state.probes.ssoExtensionLog.status).toBe('ok')
    expect(signInLogTimeline(state, 'en')).toEqual([
      '2026-04-25T09:17:44Z tokens received (SSO extension log)',
      '2026-04-25T09:30:00Z sign-in error AADSTS50173, no fresh tokens since: a finding',
    ])
  })

  it('reads AADSTS50133 as a password change too', async () => {
    expect(ids(await stateOf({ files: ssoLog('synthetic-aadsts50133.log') }))).toEqual([
      'password-changed-in-entra',
    ])
  })

  it.each([
    ['synthetic-stale-error-then-refresh.log', 'an error followed by a successful refresh'],
    ['synthetic-error-before-tokens.log', "an error older than app-sso's token receipt"],
    ['synthetic-error-after-capture.log', 'an error newer than the capture'],
  ])('keeps %s (%s) as history: healthy', async (name) => {
    const state = await stateOf({ files: ssoLog(name) })
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
    expect(state.signInLog.events.some((e) => e.kind === 'error' && e.signature === 'AADSTS50173')).toBe(true)
    // The timeline tells it: history (or, after the capture, not judged), never a standing error.
    expect(signInLogTimeline(state, 'en').join('\n')).not.toContain('a finding')
  })

  it('reads nothing when the user has not agreed, and says so', async () => {
    sysroot = createFakeSysroot({ files: ssoLog('synthetic-aadsts50173.log') })
    const { state } = await readMacState({
      system: createSystemAccess({ ...defaultSystemDeps, env: sysroot.env }),
      now: () => Date.now(),
      user: FAKE_USER,
      readSignInLog: false,
    })
    expect(state.probes.ssoExtensionLog.status).toBe('skipped')
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
    expect(sysroot.calls('log')).toEqual([])
  })

  it('reads the AppSSO unified log for the macOS 15.0–15.2 error', async () => {
    const state = await stateOf({
      log: { stdoutFile: synthetic('unified-log/synthetic-platformsso-1001.ndjson') },
    })
    expect(ids(state)).toEqual(['macos-registration-prompts'])
    expect(state.verdict.findings[0]!.evidence).toMatchObject({ 'signInLog.signature': 'PlatformSSO-1001' })
    expect(sysroot!.calls('log')).toEqual([
      ['show', '--style', 'ndjson', '--predicate', 'subsystem', '==', '"com.apple.AppSSO"', '--last', '1h'],
    ])
  })
})

describe('the configurations enterprises run', () => {
  it('counts Kerberos SSO beside Platform SSO as facts, never a conflict', async () => {
    const state = await stateOf({ profiles: profiles('synthetic-password-with-kerberos-sso.xml') })
    expect(state.profile).toMatchObject({
      ssoPayloadCount: 3,
      platformSsoPayloadCount: 1,
      kerberosRealms: ['KERBEROS.MICROSOFTONLINE.COM', 'CORP.EXAMPLE.COM'],
    })
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
  })

  it('takes the Entra UPN from the cloud realm when an on-premises realm comes first', async () => {
    const state = await stateOf({
      appSso: appSso(synthetic('app-sso/synthetic-password-two-kerberos-realms.txt')),
    })
    expect(state.psso.user.upn).toBe('cake1@cake.run.place')
    expect(state.psso.user.kerberosRealms).toEqual(['CORP.EXAMPLE.COM', 'KERBEROS.MICROSOFTONLINE.COM'])
  })

  it('an excluded account gets no user or token finding, and the verdict is not broken', async () => {
    const { spec, account } = TRIGGERS['account-excluded']
    const state = await stateOf(
      { ...spec, appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) },
      {},
      account,
    )
    expect(state.profile).toMatchObject({
      nonPlatformSsoAccounts: ['localadmin', 'itsupport'],
      currentAccountExcluded: true,
    })
    expect(ids(state)).toEqual(['account-excluded'])
    expect(state.verdict.status).toBe('healthy')
    // Another account on the same Mac is not excluded.
    const other = await stateOf({
      ...spec,
      appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')),
    })
    expect(other.profile.currentAccountExcluded).toBe(false)
    expect(ids(other)).toContain('user-needs-registration')
  })

  it('reads NonPlatformSSOAccounts from the managed preferences fallback', async () => {
    const xml = readFileSync(synthetic('profiles/synthetic-password-non-platform-sso-accounts.xml'), 'utf8')
    const payload = /<key>PayloadContent<\/key>\s*(<dict>[\s\S]*?<\/dict>)\s*<\/dict>\s*<\/array>/.exec(
      xml,
    )![1]!
    const state = await stateOf(
      {
        profiles: 'missing',
        managedSsoPreferences: `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">${payload}</plist>\n`,
      },
      {},
      'itsupport',
    )
    expect(state.profile).toMatchObject({ source: 'managedPreferences', currentAccountExcluded: true })
    expect(ids(state)).toContain('account-excluded')
  })

  it.each([
    ['15.6', '5.2504.0', true],
    ['26.3', '5.2504.0', false],
    ['26.3', '5.2604.0', true],
  ])('macOS %s with Company Portal %s meets the minimum: %s', async (macOS, version, meets) => {
    const state = await stateOf({
      swVers: { stdout: `ProductName:\t\tmacOS\nProductVersion:\t\t${macOS}\nBuildVersion:\t\tX\n` },
      companyPortalVersion: version,
    })
    expect(state.companyPortal.meetsMinimum).toBe(meets)
    expect(state.companyPortal.minimumVersion).toBe(macOS.startsWith('26') ? '5.2604.0' : '5.2404.0')
    expect(ids(state).includes('company-portal-outdated')).toBe(!meets)
  })
})

describe('the catalogue', () => {
  it('orders every finding id exactly once', () => {
    expect([...FINDING_PRIORITY].sort()).toEqual([...FINDING_IDS].sort())
  })

  it.each(FINDING_IDS)('%s cites sources and explains itself in both languages', (id) => {
    const entry = FINDINGS[id]
    expect(entry.sources.length).toBeGreaterThan(0)
    const user = inEveryLanguage(`finding.${id}.user`)
    for (const sentence of [user, inEveryLanguage(`finding.${id}.helpdesk`)]) {
      expect(sentence.en).toMatch(/^[A-Z`].*[.)]$/)
      expect(sentence.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      expect(sentence.ja).toMatch(/。$/)
    }
    // End users never read the helpdesk's jargon.
    expect(user.en).not.toMatch(/\bPRT\b|app-sso|token/i)
  })
})
