/**
 * Reads the Mac's Platform SSO state: runs the independent probes concurrently, keeps their raw
 * results (reports and bundles need them), and turns them into the typed state model.
 */
import { withVerdict, type DiagnosisContext } from '../../common/diagnosis/rules'
import {
  SCHEMA_VERSION,
  type LogProbeReport,
  type MacFacts,
  type MacState,
  type ProbeReport,
  type SignInEvent,
} from '../../common/model/macState'
import { parseAppSso, readDeviceSettings, type AppSsoFacts } from '../parsers/appSso'
import {
  companyPortalMinimum,
  meetsCompanyPortalMinimum,
  parseCompanyPortalVersion,
} from '../parsers/companyPortal'
import {
  kerberosPayloadRealms,
  parseManagedSsoPreferences,
  parseProfilesXml,
  platformSsoPayloadCount,
  type SsoConfiguration,
} from '../parsers/profiles'
import { mergeSignInEvents } from '../parsers/ssoExtensionLog'
import {
  parseUnifiedSsoLog,
  UNIFIED_LOG_ARGS,
  UNIFIED_LOG_MAX_BYTES,
  UNIFIED_LOG_TIMEOUT_MS,
} from '../parsers/unifiedLog'
import { parseSwVers } from '../parsers/swVers'
import { formatIsoSeconds } from '../../common/time'
import { macOSMajorOf } from '../../common/model/macOSVersion'
import { describeToolResult, type FileResult, type SystemAccess, type ToolResult } from '../system/tools'
import { readSsoExtensionLog, skippedSsoLog } from './ssoExtensionLog'

export const COMPANY_PORTAL_INFO_PLIST = '/Applications/Company Portal.app/Contents/Info.plist'
export const MANAGED_SSO_PREFERENCES = '/Library/Managed Preferences/com.apple.extensiblesso.plist'
const COMPANY_PORTAL_CONTENTS = '/Applications/Company Portal.app/Contents'

/** What the sign-in logs showed: the SSO extension's log and the AppSSO unified log, redacted. */
export interface SignInLogCapture {
  report: LogProbeReport
  events: SignInEvent[]
}

/** Everything the probes returned, unparsed. */
export interface RawCapture {
  /** The reader's clock when the probes started (ISO 8601 UTC). */
  probedAt: string
  appSso: ToolResult
  profiles: ToolResult
  managedSsoPreferences: FileResult
  swVers: ToolResult
  companyPortalInfo: FileResult
  /** When Company Portal's Info.plist was last written (an update); absent in older bundles. */
  companyPortalUpdatedAt?: string | null
  /** The account that ran the read (NonPlatformSSOAccounts is matched against it); absent in older bundles. */
  account?: string | null
  signInLog?: SignInLogCapture
}

export interface ProbeDeps {
  system: SystemAccess
  now: () => number
  timeoutMs?: number
  /** AppConfig.TokenExpiryWarningHours and the user's answers; defaults when absent. */
  diagnosis?: DiagnosisContext
  /** The account running the read: its short name and home folder (the SSO extension's log is there). */
  user?: { name: string; home: string }
  /** Read the sign-in logs (the app asks the user first; the CLI reads when it can). Default true. */
  readSignInLog?: boolean
  /**
   * How the sign-in logs are read when they are: the app keeps a recent read (recentSignInLogs),
   * since a repair re-checks every few seconds and the logs are the slowest probe. Default: now.
   */
  signInLogs?: (user: { name: string; home: string }) => Promise<SignInLogCapture>
}

/** The sign-in logs now: the SSO extension's log and the AppSSO unified log, read concurrently. */
export async function readSignInLogs(
  system: SystemAccess,
  user: { name: string; home: string },
  now: () => number,
): Promise<SignInLogCapture> {
  const [ssoLog, unifiedLog] = await Promise.all([
    readSsoExtensionLog(system, { home: user.home, now }),
    system.run('log', UNIFIED_LOG_ARGS, {
      timeoutMs: UNIFIED_LOG_TIMEOUT_MS,
      maxOutputBytes: UNIFIED_LOG_MAX_BYTES,
    }),
  ])
  const unifiedEvents = unifiedLog.status === 'ok' ? parseUnifiedSsoLog(unifiedLog.stdout) : []
  return { report: ssoLog.report, events: mergeSignInEvents([ssoLog.events, unifiedEvents]) }
}

/**
 * One read of the sign-in logs serves every state read for `maxAgeMs` (concurrent reads share it);
 * what the logs show a minute late is still judged against the tokens of the read that uses it.
 */
export function recentSignInLogs(
  read: (user: { name: string; home: string }) => Promise<SignInLogCapture>,
  now: () => number,
  maxAgeMs = 60_000,
): (user: { name: string; home: string }) => Promise<SignInLogCapture> {
  let last: { at: number; home: string; logs: Promise<SignInLogCapture> } | null = null
  return (user) => {
    if (last && last.home === user.home && now() - last.at < maxAgeMs) return last.logs
    const logs = read(user)
    last = { at: now(), home: user.home, logs }
    return logs
  }
}

/** Runs every probe at once; the slowest one decides how long this takes (the log reads have their own, short timeouts). */
export async function captureMac({
  system,
  now,
  timeoutMs,
  user,
  readSignInLog = true,
  signInLogs = (account) => readSignInLogs(system, account, now),
}: ProbeDeps): Promise<RawCapture> {
  const probedAt = formatIsoSeconds(now())
  const options = timeoutMs === undefined ? {} : { timeoutMs }
  const [appSso, profiles, managedSsoPreferences, swVers, companyPortalInfo, portalFiles, signInLog] =
    await Promise.all([
      system.run('appSso', ['platform', '-s'], options),
      system.run('profiles', ['show', '-output', 'stdout-xml'], options),
      system.readFile(MANAGED_SSO_PREFERENCES),
      system.run('swVers', [], options),
      system.readFile(COMPANY_PORTAL_INFO_PLIST),
      system.listFiles(COMPANY_PORTAL_CONTENTS, options),
      readSignInLog && user !== undefined
        ? signInLogs(user)
        : skippedSsoLog(user ? 'not read: the user has not agreed to it' : 'not read: no user home'),
    ])
  const infoPlist =
    portalFiles.status === 'ok' ? portalFiles.files.find((f) => f.name === 'Info.plist') : undefined
  return {
    probedAt,
    appSso,
    profiles,
    managedSsoPreferences,
    swVers,
    companyPortalInfo,
    companyPortalUpdatedAt: infoPlist ? formatIsoSeconds(infoPlist.modifiedAtMs) : null,
    account: user?.name ?? null,
    signInLog,
  }
}

export async function readMacState(deps: ProbeDeps): Promise<{ state: MacState; raw: RawCapture }> {
  const raw = await captureMac(deps)
  return { state: stateFromCapture(raw, deps.diagnosis), raw }
}

/** Pure: the state model from raw probe results. A bundle opened elsewhere goes through here too. */
export function stateFromCapture(raw: RawCapture, diagnosis?: DiagnosisContext): MacState {
  return withVerdict(factsFromCapture(raw), diagnosis)
}

export function factsFromCapture(raw: RawCapture): MacFacts {
  const appSsoText = outputOf(raw.appSso)
  const appSso: AppSsoFacts | null = appSsoText === null ? null : parseAppSso(appSsoText)
  const readable = appSso?.readable === true
  const capturedAt = appSso?.time ?? raw.probedAt
  const profile = readConfiguration(raw)
  const os =
    raw.swVers.status === 'ok'
      ? parseSwVers(raw.swVers.stdout)
      : { productName: null, version: null, build: null }
  const companyPortal = readCompanyPortal(raw.companyPortalInfo, macOSMajorOf(os.version))
  const tokens = readable ? appSso.tokens : null
  const configured = readable ? appSso.configured : null
  const userSectionRead = readable ? appSso.user.configurationPresent : null
  const activeExtension = readable ? appSso.extensionIdentifier : null
  const excludedAccounts = profile.config?.nonPlatformSsoAccounts ?? null
  const signInEvents = raw.signInLog?.events ?? []
  const lastTokensAt = signInEvents.filter((e) => e.kind === 'tokensReceived').at(-1)?.at ?? null

  return {
    schemaVersion: SCHEMA_VERSION,
    capturedAt,
    os,
    psso: {
      readable,
      configured,
      extensionIdentifier: readable ? appSso.extensionIdentifier : null,
      method: readable ? appSso.method : null,
      methodRaw: readable ? appSso.methodRaw : null,
      sharedDeviceKeys: readable ? appSso.sharedDeviceKeys : null,
      deviceRegistered: readable ? appSso.deviceRegistered : null,
      deviceId: readable ? appSso.deviceId : null,
      tenantId: readable ? appSso.tenantId : null,
      fileVaultPolicy: readable ? appSso.fileVaultPolicy : null,
      deviceSettings: readable ? appSso.deviceSettings : readDeviceSettings(null),
      user: readable
        ? appSso.user
        : {
            registered: null,
            configurationPresent: null,
            stateName: null,
            stateValue: null,
            stateClass: null,
            method: null,
            upn: null,
            kerberosRealms: [],
            loginUserName: null,
            lastLoginAt: null,
          },
      tokens: {
        // No tokens section is a fact only when the output was read and this user is registered
        // (or nothing is configured at all).
        present: tokens ? true : configured === false || userSectionRead !== null ? false : null,
        receivedAt: tokens?.receivedAt ?? null,
        expiresAt: tokens?.expiresAt ?? null,
        expired: tokens?.expiresAt ? Date.parse(tokens.expiresAt) <= Date.parse(capturedAt) : null,
      },
    },
    profile: {
      source: profile.source,
      ssoPayloadCount: profile.config?.ssoPayloadCount ?? null,
      platformSsoPayloadCount: platformSsoPayloadCount(profile.config?.ssoPayloads ?? null, activeExtension),
      kerberosRealms: kerberosPayloadRealms(profile.config?.ssoPayloads ?? null),
      nonPlatformSsoAccounts: excludedAccounts,
      currentAccountExcluded: excludedAccounts && raw.account ? excludedAccounts.includes(raw.account) : null,
      extensionIdentifier: profile.config?.extensionIdentifier ?? null,
      authenticationMethod: profile.config?.authenticationMethod ?? null,
      useSharedDeviceKeys: profile.config?.useSharedDeviceKeys ?? null,
      accountDisplayName: profile.config?.accountDisplayName ?? null,
      passcodePolicyPresent: profile.config?.passcodePolicyPresent ?? null,
    },
    companyPortal: { ...companyPortal, updatedAt: raw.companyPortalUpdatedAt ?? null },
    signInLog: { lastTokensAt, events: signInEvents },
    probes: {
      appSso: probeReport(
        raw.appSso,
        appSso && !appSso.readable ? appSso.problem : null,
        appSso?.timeProblem ? `${appSso.timeProblem}; token expiry is judged at the probe's clock` : null,
      ),
      profiles: probeReport(
        raw.profiles,
        raw.profiles.status === 'ok' && profile.source !== 'profiles' ? 'not a plist' : null,
      ),
      swVers: probeReport(raw.swVers, null),
      companyPortal: fileProbeReport(raw.companyPortalInfo),
      ssoExtensionLog: raw.signInLog?.report ?? {
        status: 'skipped',
        durationMs: null,
        detail: 'not part of this capture',
      },
    },
  }
}

/** app-sso's stdout when there is one to parse: a non-zero exit with a full output still counts. */
function outputOf(result: ToolResult): string | null {
  if (result.status === 'ok') return result.stdout
  if (result.status === 'exitCode' && /^Device Configuration:/m.test(result.stdout)) return result.stdout
  return null
}

/** profiles first; when it is denied, absent or unreadable, the managed preferences file. */
function readConfiguration(raw: RawCapture): {
  source: 'profiles' | 'managedPreferences' | null
  config: SsoConfiguration | null
} {
  const fromProfiles = raw.profiles.status === 'ok' ? parseProfilesXml(raw.profiles.stdout) : null
  if (fromProfiles) return { source: 'profiles', config: fromProfiles }
  if (raw.managedSsoPreferences.status === 'ok') {
    const fromPreferences = parseManagedSsoPreferences(raw.managedSsoPreferences.data)
    if (fromPreferences) return { source: 'managedPreferences', config: fromPreferences }
  }
  return { source: null, config: null }
}

function readCompanyPortal(
  info: FileResult,
  macOSMajor: number | null,
): Omit<MacFacts['companyPortal'], 'updatedAt'> {
  const minimumVersion = companyPortalMinimum(macOSMajor)
  if (info.status === 'notFound')
    return { installed: false, version: null, minimumVersion, meetsMinimum: null }
  if (info.status !== 'ok') return { installed: null, version: null, minimumVersion, meetsMinimum: null }
  const version = parseCompanyPortalVersion(info.data)
  return {
    installed: true,
    version,
    minimumVersion,
    meetsMinimum: meetsCompanyPortalMinimum(version, minimumVersion),
  }
}

function probeReport(
  result: ToolResult,
  parseProblem: string | null,
  note: string | null = null,
): ProbeReport {
  if (result.status === 'ok' && parseProblem)
    return { status: 'unparsable', durationMs: result.durationMs, detail: parseProblem }
  return {
    status: result.status,
    durationMs: result.durationMs,
    detail: result.status === 'ok' ? note : describeToolResult(result),
  }
}

function fileProbeReport(result: FileResult): ProbeReport {
  return {
    status: result.status === 'denied' ? 'failed' : result.status,
    durationMs: null,
    detail: result.status === 'ok' ? null : describeToolResult(result),
  }
}
