/**
 * Parser for `app-sso platform -s` (format: ../shared/docs/app-sso-format.md).
 *
 * The output is not one JSON document: a `Time:` line, then `Device Configuration:`,
 * `Login Configuration:` and `User Configuration:` sections whose bodies are a pretty-printed JSON
 * object or ` (null)`, then an optional `SSO Tokens:` section of plain lines. Text before `Time:`
 * and after the output (a pasted Terminal transcript) is ignored; CRLF parses the same. Unknown keys
 * and enum names are kept; nothing in the input can make this throw.
 */
import { X509Certificate } from 'node:crypto'
import {
  asBoolean,
  asNumber,
  asRecord,
  asString,
  isGuid,
  parseEnumValue,
  toIsoDate,
  type EnumValue,
} from './values'
import type { DeviceSettings, PssoMethod, UserStateClass } from '../../common/model/macState'

export type JsonSection =
  | { kind: 'absent' }
  | { kind: 'null' }
  | { kind: 'object'; value: Record<string, unknown> }
  | { kind: 'invalid'; reason: string }

export interface SsoTokens {
  receivedAt: string | null
  expiresAt: string | null
}

export interface AppSsoOutput {
  /** The `Time:` line as ISO 8601 UTC; null when the output has none or it names an impossible date. */
  time: string | null
  /** Why a `Time:` line that is there could not be used; null otherwise. */
  timeProblem: string | null
  device: JsonSection
  login: JsonSection
  user: JsonSection
  tokens: SsoTokens | null
}

/** The facts the app needs from one `app-sso platform -s` output. */
export interface AppSsoFacts {
  readable: boolean
  /** Why the output could not be read; null when it could. */
  problem: string | null
  time: string | null
  timeProblem: string | null
  configured: boolean | null
  extensionIdentifier: string | null
  method: PssoMethod | null
  methodRaw: string | null
  sharedDeviceKeys: boolean | null
  deviceRegistered: boolean | null
  deviceId: string | null
  tenantId: string | null
  /** The device's FileVault policy name, e.g. `AttemptAuthentication`; null when absent or `None`. */
  fileVaultPolicy: string | null
  deviceSettings: DeviceSettings
  user: {
    registered: boolean | null
    /** A User Configuration object was printed (false for `(null)`). */
    configurationPresent: boolean | null
    stateName: string | null
    stateValue: number | null
    stateClass: UserStateClass | null
    method: PssoMethod | null
    upn: string | null
    kerberosRealms: string[]
    loginUserName: string | null
    lastLoginAt: string | null
  }
  tokens: SsoTokens | null
}

export const APP_SSO_HEADERS = {
  device: 'Device Configuration:',
  login: 'Login Configuration:',
  user: 'User Configuration:',
  tokens: 'SSO Tokens:',
} as const

/** Splits the raw output into its sections. */
export function splitAppSsoOutput(raw: string): AppSsoOutput {
  // A byte-order mark (an output saved by an editor) would hide the `Time:` line.
  const text = typeof raw === 'string' ? raw.replace(/\uFEFF/g, '').replace(/\r\n?/g, '\n') : ''
  const timeMatch = /^Time: (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})[ \t]*$/m.exec(text)
  const body = timeMatch ? text.slice(timeMatch.index) : text
  const time = timeMatch ? toIsoDate(`${timeMatch[1]}T${timeMatch[2]}${timeMatch[3]}:${timeMatch[4]}`) : null
  const timeLine = timeMatch?.[0] ?? /^Time:[^\n]*/m.exec(text)?.[0] ?? null
  return {
    time,
    timeProblem:
      timeLine !== null && time === null
        ? `the Time: line is not a possible date (${timeLine.slice(6, 46).trim()}), so the capture time is unknown`
        : null,
    device: readJsonSection(body, APP_SSO_HEADERS.device),
    login: readJsonSection(body, APP_SSO_HEADERS.login),
    user: readJsonSection(body, APP_SSO_HEADERS.user),
    tokens: readTokens(body),
  }
}

function headerIndex(text: string, header: string): number {
  const match = new RegExp(`^${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'm').exec(text)
  return match ? match.index + match[0].length : -1
}

function readJsonSection(text: string, header: string): JsonSection {
  return locateJsonSection(text, header).section
}

/**
 * A section and, when its body is a complete JSON object, where that object sits in `text`
 * ([start, end)): the redactor rewrites exactly that span and leaves everything else as printed.
 */
export function locateJsonSection(
  text: string,
  header: string,
): { section: JsonSection; span: { start: number; end: number } | null } {
  const headerEnd = headerIndex(text, header)
  if (headerEnd < 0) return { section: { kind: 'absent' }, span: null }
  const start = headerEnd + (/^\s*/.exec(text.slice(headerEnd))?.[0].length ?? 0)
  const rest = text.slice(start)
  const invalid = (reason: string) => ({ section: { kind: 'invalid', reason } as const, span: null })
  if (rest.startsWith('(null)')) return { section: { kind: 'null' }, span: null }
  if (!rest.startsWith('{')) return invalid(`${header} is neither JSON nor (null)`)
  const end = matchingBrace(rest)
  if (end < 0) return invalid(`${header} JSON is cut off`)
  const span = { start, end: start + end + 1 }
  try {
    const value = asRecord(JSON.parse(rest.slice(0, end + 1)))
    return value ? { section: { kind: 'object', value }, span } : invalid(`${header} is not a JSON object`)
  } catch {
    return invalid(`${header} is not valid JSON`)
  }
}

/** Index of the brace closing the object that opens at 0, skipping braces inside strings; -1 if none. */
function matchingBrace(text: string): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

function readTokens(text: string): SsoTokens | null {
  const start = headerIndex(text, APP_SSO_HEADERS.tokens)
  if (start < 0) return null
  const lines = text
    .slice(start)
    .split('\n')
    .map((line) => line.trim())
  const valueAfter = (label: string): string | null => {
    const index = lines.findIndex((line) => line.startsWith(label))
    if (index < 0) return null
    const inline = lines[index]!.slice(label.length).trim()
    return inline || lines[index + 1] || null
  }
  const received = valueAfter('Received:')
  const expiration = valueAfter('Expiration:')
  // The date comes first; app-sso may follow it with a note such as "(Not Expired)".
  const expiresAt = expiration?.split(/\s/)[0]
  return {
    receivedAt: received ? toIsoDate(received.split(/\s/)[0]) : null,
    expiresAt: expiresAt ? toIsoDate(expiresAt) : null,
  }
}

/** Parses `app-sso platform -s` output into the facts the app uses. Never throws. */
export function parseAppSso(raw: string): AppSsoFacts {
  const output = splitAppSsoOutput(raw)
  const { device, login, user } = output
  const problem =
    device.kind === 'absent'
      ? 'the output has no Device Configuration section'
      : device.kind === 'invalid'
        ? device.reason
        : null
  const deviceConfig = device.kind === 'object' ? device.value : null
  const loginConfig = login.kind === 'object' ? login.value : null
  const userConfig = user.kind === 'object' ? user.value : null
  const readable = problem === null
  const configured = readable ? deviceConfig !== null : null

  const loginType = parseEnumValue(deviceConfig?.loginType)
  const userState = parseEnumValue(userConfig?.state)
  const registrationCompleted = asBoolean(deviceConfig?.registrationCompleted)
  const kerberos = Array.isArray(userConfig?.kerberosStatus) ? userConfig.kerberosStatus : []
  const userLogin = asRecord(userConfig?.userLoginConfiguration)

  return {
    readable,
    problem,
    time: output.time,
    timeProblem: output.timeProblem,
    configured,
    extensionIdentifier: asString(deviceConfig?.extensionIdentifier),
    method: deviceConfig ? methodFromLoginType(loginType) : null,
    methodRaw: loginType?.raw ?? null,
    sharedDeviceKeys: asBoolean(deviceConfig?.sharedDeviceKeys),
    // A device configuration without registrationCompleted says nothing either way.
    deviceRegistered: configured === false ? false : registrationCompleted,
    deviceId: deviceIdFromCertificate(asString(deviceConfig?.deviceSigningCertificate)),
    tenantId: tenantIdFromIssuer(asString(loginConfig?.issuer) ?? asString(loginConfig?.tokenEndpointURL)),
    fileVaultPolicy: policyName(deviceConfig?.fileVaultPolicy),
    deviceSettings: readDeviceSettings(deviceConfig),
    user: {
      registered: userRegistered(readable && configured === true, user, userState),
      configurationPresent:
        !readable || !configured ? null : user.kind === 'object' ? true : user.kind === 'null' ? false : null,
      stateName: userState?.name ?? null,
      stateValue: userState?.value ?? null,
      stateClass: userState ? userStateClass(userState.name) : null,
      method: userConfig ? methodFromLoginType(parseEnumValue(userConfig.loginType)) : null,
      upn: upnFromKerberos(kerberos),
      kerberosRealms: kerberosRealms(kerberos),
      loginUserName: asString(userLogin?.loginUserName),
      lastLoginAt: toIsoDate(userConfig?.lastLoginDate),
    },
    tokens: output.tokens,
  }
}

/**
 * Whether this user is registered follows the user's state, not the section's presence: Normal is
 * registered, a state that asks for registration is not, `(null)` is not, and a state this version
 * does not know (or one that says neither, such as needing new keys) is null.
 */
function userRegistered(configured: boolean, section: JsonSection, state: EnumValue | null): boolean | null {
  if (!configured) return null
  if (section.kind === 'null') return false
  if (section.kind !== 'object' || !state) return null
  const stateClass = userStateClass(state.name)
  return stateClass === 'normal' ? true : stateClass === 'needsRegistration' ? false : null
}

/** A policy enum's name (`AttemptAuthentication (1)` → `AttemptAuthentication`); `None` and absent are null. */
function policyName(raw: unknown): string | null {
  const value = parseEnumValue(raw)
  return value?.name && value.name !== 'None' ? value.name : null
}

/** Device keys macOS 26 added (Setup Assistant account creation, authorization, access tokens). */
export function readDeviceSettings(device: Record<string, unknown> | null): DeviceSettings {
  const terminalKeys = device
    ? Object.keys(device).filter((key) => key.startsWith('_accessTokenTerminalIdentityKey'))
    : []
  const loginTypes = Array.isArray(device?.createUserLoginTypes)
    ? device.createUserLoginTypes.map(asNumber).filter((n): n is number => n !== null)
    : null
  return {
    createFirstUserDuringSetupEnabled: asBoolean(device?.createFirstUserDuringSetupEnabled),
    createUserLoginTypes: loginTypes,
    synchronizeProfilePicture: asBoolean(device?.synchronizeProfilePicture),
    temporarySessionQuickLogin: asBoolean(device?.temporarySessionQuickLogin),
    authGracePeriodStart: toIsoDate(device?.authGracePeriodStart),
    newUserAuthorizationMode: asString(device?.newUserAuthorizationMode),
    userAuthorizationMode: asString(device?.userAuthorizationMode),
    allowAccessTokenExpressMode: asBoolean(device?.allowAccessTokenExpressMode),
    accessTokenTerminalIdentityKeys:
      terminalKeys.length > 0
        ? Object.fromEntries(terminalKeys.map((key) => [key, asBoolean(device![key])]))
        : null,
  }
}

const METHOD_BY_LOGIN_TYPE: Record<string, PssoMethod> = {
  POLoginTypeNone: 'none',
  POLoginTypePassword: 'password',
  POLoginTypeUserSecureEnclaveKey: 'secureEnclaveKey',
  POLoginTypeSmartCard: 'smartCard',
  POLoginTypeAccessKey: 'accessKey',
}

/** Maps a loginType by its symbolic name (numbers have changed across releases). */
export function methodFromLoginType(loginType: EnumValue | null): PssoMethod | null {
  if (!loginType) return null
  return (loginType.name && METHOD_BY_LOGIN_TYPE[loginType.name]) || 'unknown'
}

/**
 * Classifies a user state by its name. Only POUserStateNormal is verbatim in real captures; the
 * other names come from scripts and binaries (psso-domain.md §2) and any new name is `other`.
 */
export function userStateClass(name: string | null): UserStateClass {
  if (name === 'POUserStateNormal') return 'normal'
  if (name && /NeedsRegistration/i.test(name)) return 'needsRegistration'
  if (name && /NeedsNewKeys/i.test(name)) return 'needsNewKeys'
  return 'other'
}

/** The Entra device ID is the Subject CN of the device signing certificate (base64url DER). */
export function deviceIdFromCertificate(base64url: string | null): string | null {
  if (!base64url || !/^[A-Za-z0-9_-]+={0,2}$/.test(base64url)) return null
  try {
    const certificate = new X509Certificate(Buffer.from(base64url, 'base64url'))
    const cn = /(?:^|\n)CN=([^\n]+)/.exec(certificate.subject)?.[1]?.trim()
    return cn || null
  } catch {
    return null
  }
}

/** The tenant ID is the GUID path segment of the issuer URL (https://login.microsoftonline.com/<tenant>/v2.0). */
export function tenantIdFromIssuer(issuer: string | null): string | null {
  if (!issuer) return null
  try {
    const segment = new URL(issuer).pathname.split('/').find(isGuid)
    return segment ? segment.toLowerCase() : null
  } catch {
    return null
  }
}

/** Entra ID's cloud Kerberos realm: its entry carries the user's Entra UPN [KRB]. */
export const ENTRA_KERBEROS_REALM = 'KERBEROS.MICROSOFTONLINE.COM'

/**
 * UPN from kerberosStatus: `user\@domain@REALM` becomes `user@domain`. The Entra cloud realm's entry
 * wins; an on-premises realm listed first carries only the short on-premises name.
 */
export function upnFromKerberos(entries: unknown[]): string | null {
  const isCloud = (entry: unknown) => asString(asRecord(entry)?.realm)?.toUpperCase() === ENTRA_KERBEROS_REALM
  const ordered = [...entries.filter(isCloud), ...entries.filter((entry) => !isCloud(entry))]
  for (const entry of ordered) {
    const record = asRecord(entry)
    const raw = asString(record?.upn)
    if (!raw) continue
    let upn = raw.replace(/\\@/g, '@')
    const realm = asString(record?.realm)
    if (realm && upn.toUpperCase().endsWith(`@${realm.toUpperCase()}`))
      upn = upn.slice(0, -(realm.length + 1))
    else if (upn.split('@').length > 2) upn = upn.slice(0, upn.lastIndexOf('@'))
    if (upn) return upn
  }
  return null
}

/** Every realm kerberosStatus lists, in order, without repeats. */
export function kerberosRealms(entries: unknown[]): string[] {
  const realms = entries.map((entry) => asString(asRecord(entry)?.realm)).filter((r): r is string => !!r)
  return [...new Set(realms)]
}
