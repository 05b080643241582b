/**
 * Reads the Mac's Platform SSO state: runs the independent probes concurrently, keeps their raw
 * results (reports and bundles need them), and turns them into the typed state model.
 */
import { withVerdict, type DiagnosisContext } from '../../common/diagnosis/rules'
import { SCHEMA_VERSION, type MacFacts, type MacState, type ProbeReport } from '../../common/model/macState'
import { parseAppSso, type AppSsoFacts } from '../parsers/appSso'
import { meetsCompanyPortalMinimum, parseCompanyPortalVersion } from '../parsers/companyPortal'
import { parseManagedSsoPreferences, parseProfilesXml, type SsoConfiguration } from '../parsers/profiles'
import { parseSwVers } from '../parsers/swVers'
import { formatIsoSeconds } from '../../common/time'
import { describeToolResult, type FileResult, type SystemAccess, type ToolResult } from '../system/tools'

export const COMPANY_PORTAL_INFO_PLIST = '/Applications/Company Portal.app/Contents/Info.plist'
export const MANAGED_SSO_PREFERENCES = '/Library/Managed Preferences/com.apple.extensiblesso.plist'

/** Everything the probes returned, unparsed. */
export interface RawCapture {
  /** The reader's clock when the probes started (ISO 8601 UTC). */
  probedAt: string
  appSso: ToolResult
  profiles: ToolResult
  managedSsoPreferences: FileResult
  swVers: ToolResult
  companyPortalInfo: FileResult
}

export interface ProbeDeps {
  system: SystemAccess
  now: () => number
  timeoutMs?: number
  /** AppConfig.TokenExpiryWarningHours and the user's answers; defaults when absent. */
  diagnosis?: DiagnosisContext
}

/** Runs every probe at once; the slowest one decides how long this takes. */
export async function captureMac({ system, now, timeoutMs }: ProbeDeps): Promise<RawCapture> {
  const probedAt = formatIsoSeconds(now())
  const options = timeoutMs === undefined ? {} : { timeoutMs }
  const [appSso, profiles, managedSsoPreferences, swVers, companyPortalInfo] = await Promise.all([
    system.run('appSso', ['platform', '-s'], options),
    system.run('profiles', ['show', '-output', 'stdout-xml'], options),
    system.readFile(MANAGED_SSO_PREFERENCES),
    system.run('swVers', [], options),
    system.readFile(COMPANY_PORTAL_INFO_PLIST),
  ])
  return { probedAt, appSso, profiles, managedSsoPreferences, swVers, companyPortalInfo }
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
  const companyPortal = readCompanyPortal(raw.companyPortalInfo)
  const tokens = readable ? appSso.tokens : null
  const configured = readable ? appSso.configured : null
  const userRegistered = readable ? appSso.user.registered : null

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
      user: readable
        ? appSso.user
        : {
            registered: null,
            stateName: null,
            stateValue: null,
            stateClass: null,
            method: null,
            upn: null,
            loginUserName: null,
            lastLoginAt: null,
          },
      tokens: {
        // No tokens section is a fact only when the output was read and this user is registered
        // (or nothing is configured at all).
        present: tokens ? true : configured === false || userRegistered !== null ? false : null,
        receivedAt: tokens?.receivedAt ?? null,
        expiresAt: tokens?.expiresAt ?? null,
        expired: tokens?.expiresAt ? Date.parse(tokens.expiresAt) <= Date.parse(capturedAt) : null,
      },
    },
    profile: {
      source: profile.source,
      ssoPayloadCount: profile.config?.ssoPayloadCount ?? null,
      extensionIdentifier: profile.config?.extensionIdentifier ?? null,
      authenticationMethod: profile.config?.authenticationMethod ?? null,
      useSharedDeviceKeys: profile.config?.useSharedDeviceKeys ?? null,
      accountDisplayName: profile.config?.accountDisplayName ?? null,
      passcodePolicyPresent: profile.config?.passcodePolicyPresent ?? null,
    },
    companyPortal,
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

function readCompanyPortal(info: FileResult): MacFacts['companyPortal'] {
  if (info.status === 'notFound') return { installed: false, version: null, meetsMinimum: null }
  if (info.status !== 'ok') return { installed: null, version: null, meetsMinimum: null }
  const version = parseCompanyPortalVersion(info.data)
  return { installed: true, version, meetsMinimum: meetsCompanyPortalMinimum(version) }
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
    status: result.status,
    durationMs: null,
    detail: result.status === 'ok' ? null : describeToolResult(result),
  }
}
