/**
 * Mac states built in code for tests of what happens between checks (history, notifications, menu
 * bar): a healthy registered Mac, and the usual ways it breaks, each diagnosed by the real rules.
 */
import { withVerdict } from '../../main/common/diagnosis/rules'
import { SCHEMA_VERSION, type MacFacts, type MacState } from '../../main/common/model/macState'

const isoPlusDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().replace('.000', '')

const okProbe = { status: 'ok' as const, durationMs: 40, detail: null }

export function healthyFacts(capturedAt = '2026-11-10T08:00:00Z'): MacFacts {
  return {
    schemaVersion: SCHEMA_VERSION,
    capturedAt,
    os: { productName: 'macOS', version: '15.6', build: '24G84' },
    psso: {
      readable: true,
      configured: true,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
      method: 'password',
      methodRaw: 'POLoginTypePassword (1)',
      sharedDeviceKeys: true,
      deviceRegistered: true,
      deviceId: '11111111-2222-3333-4444-555555555555',
      tenantId: '99999999-8888-7777-6666-555555555555',
      fileVaultPolicy: 'AttemptAuthentication',
      deviceSettings: {
        createFirstUserDuringSetupEnabled: null,
        createUserLoginTypes: null,
        synchronizeProfilePicture: null,
        temporarySessionQuickLogin: null,
        authGracePeriodStart: null,
        newUserAuthorizationMode: null,
        userAuthorizationMode: null,
        allowAccessTokenExpressMode: null,
        accessTokenTerminalIdentityKeys: null,
      },
      user: {
        registered: true,
        configurationPresent: true,
        stateName: 'POUserStateNormal',
        stateValue: 0,
        stateClass: 'normal',
        method: 'password',
        upn: 'casey@example.com',
        kerberosRealms: ['KERBEROS.MICROSOFTONLINE.COM'],
        loginUserName: 'c***@example.com',
        lastLoginAt: capturedAt,
      },
      tokens: {
        present: true,
        receivedAt: capturedAt,
        expiresAt: isoPlusDays(capturedAt, 14),
        expired: false,
      },
    },
    profile: {
      source: 'profiles',
      ssoPayloadCount: 1,
      platformSsoPayloadCount: 1,
      kerberosRealms: [],
      nonPlatformSsoAccounts: null,
      currentAccountExcluded: null,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
      authenticationMethod: 'Password',
      useSharedDeviceKeys: true,
      accountDisplayName: 'Example',
      passcodePolicyPresent: false,
    },
    companyPortal: {
      installed: true,
      version: '5.2504.0',
      minimumVersion: '5.2404.0',
      meetsMinimum: true,
      updatedAt: null,
    },
    signInLog: { lastTokensAt: null, events: [] },
    probes: {
      appSso: okProbe,
      profiles: okProbe,
      swVers: okProbe,
      companyPortal: okProbe,
      ssoExtensionLog: { status: 'skipped', durationMs: null, detail: null },
    },
  }
}

type Variant = 'healthy' | 'needsRegistration' | 'tokensExpired' | 'unreadable'

/** A diagnosed state at `capturedAt`; `tokensReceivedAt` defaults to the capture time. */
export function macState(
  variant: Variant,
  capturedAt = '2026-11-10T08:00:00Z',
  tokensReceivedAt: string = capturedAt,
): MacState {
  const facts = healthyFacts(capturedAt)
  facts.psso.tokens.receivedAt = tokensReceivedAt
  facts.psso.tokens.expiresAt = isoPlusDays(tokensReceivedAt, 14)
  if (variant === 'needsRegistration') {
    facts.psso.user.stateName = 'POUserStateNeedsRegistration'
    facts.psso.user.stateValue = 1
    facts.psso.user.stateClass = 'needsRegistration'
  }
  if (variant === 'tokensExpired') {
    facts.psso.tokens.expiresAt = capturedAt
    facts.psso.tokens.expired = true
  }
  if (variant === 'unreadable') {
    facts.psso = {
      ...facts.psso,
      readable: false,
      configured: null,
      method: null,
      deviceRegistered: null,
      user: { ...facts.psso.user, registered: null, stateName: null, stateValue: null, stateClass: null },
      tokens: { present: null, receivedAt: null, expiresAt: null, expired: null },
    }
    facts.probes.appSso = { status: 'timedOut', durationMs: 10_000, detail: 'app-sso timed out' }
  }
  return withVerdict(facts)
}
