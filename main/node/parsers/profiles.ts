/**
 * Parsers for the Platform SSO configuration: `profiles show -output stdout-xml` (an XML plist with
 * `_computerlevel` / `_userlevel` arrays of profiles, each with `ProfileItems` payloads) and, as a
 * fallback, the managed preferences file `/Library/Managed Preferences/com.apple.extensiblesso.plist`.
 * Payload keys follow Apple's com.apple.extensiblesso schema (psso-domain.md [AY]).
 */
import { parse as parsePlist } from 'plist'
import { decodeBinaryPlist, DEFAULT_PLIST_LIMITS } from './binaryPlist'
import { asBoolean, asRecord, asString } from './values'

export const SSO_PAYLOAD_TYPE = 'com.apple.extensiblesso'
export const PASSCODE_PAYLOAD_TYPE = 'com.apple.mobiledevice.passwordpolicy'
/** Microsoft's Enterprise SSO extension, the Platform SSO extension Entra uses [TS]. */
export const MICROSOFT_SSO_EXTENSION = 'com.microsoft.CompanyPortalMac.ssoextension'
/** Apple's Kerberos SSO extension, which Microsoft documents beside Platform SSO [KRB]. */
export const KERBEROS_SSO_EXTENSION = 'com.apple.AppSSOKerberos.KerberosExtension'

/** One com.apple.extensiblesso payload, as far as counting and the helpdesk need it. */
export interface SsoPayloadSummary {
  extensionIdentifier: string | null
  /** Its `Realm` (Kerberos payloads); null when none. */
  realm: string | null
  configuresPlatformSso: boolean
}

export interface SsoConfiguration {
  /** com.apple.extensiblesso payloads found; null when the source cannot tell (managed preferences). */
  ssoPayloadCount: number | null
  /** Each of those payloads; null when the source cannot tell. */
  ssoPayloads: SsoPayloadSummary[] | null
  /** `PlatformSSO.NonPlatformSSOAccounts`: local accounts that do not use Platform SSO [AY]. */
  nonPlatformSsoAccounts: string[] | null
  extensionIdentifier: string | null
  /** `PlatformSSO.AuthenticationMethod`, or the macOS 13 top-level `AuthenticationMethod`. */
  authenticationMethod: string | null
  useSharedDeviceKeys: boolean | null
  accountDisplayName: string | null
  passcodePolicyPresent: boolean | null
}

/** Reads a plist (XML or binary) into a value; null when it is not one. Never throws. */
export function readPlist(data: Buffer | string): unknown {
  return readPlistChecked(data).value
}

/** Larger than any preferences file or `profiles` output; the tools' output cap is 4 MB. */
export const MAX_PLIST_BYTES = 8 * 1024 * 1024

/** A Mac's whole `profiles` output is a few thousand elements. */
export const MAX_XML_PLIST_ELEMENTS = 20_000

/**
 * A plist's value, or null and a one-line reason: not a plist, damaged, too large, nested too
 * deeply, or (binary) expanding past its bounds. Never throws; work is bounded by the input size.
 */
export function readPlistChecked(data: Buffer | string): { value: unknown; problem: string | null } {
  const unreadable = (problem: string) => ({ value: null, problem })
  try {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    if (buffer.length > MAX_PLIST_BYTES)
      return unreadable(`the property list is larger than ${MAX_PLIST_BYTES} bytes`)
    // Managed preferences may be binary plists; profiles prints XML.
    if (buffer.subarray(0, 8).toString('latin1') === 'bplist00') {
      const decoded = decodeBinaryPlist(buffer)
      return decoded.ok ? { value: decoded.value, problem: null } : unreadable(decoded.reason)
    }
    const text = buffer.toString('utf8')
    if (!/<plist[\s>]/.test(text)) return unreadable('not a property list')
    // The XML parser recurses once per level and takes microseconds per element: refuse what would
    // exhaust the stack or take long before it starts (+2 levels: <plist>, and a leaf in the deepest
    // container).
    const shape = xmlShape(text)
    if (shape.depth > DEFAULT_PLIST_LIMITS.maxDepth + 2)
      return unreadable(`the property list nests deeper than ${DEFAULT_PLIST_LIMITS.maxDepth} levels`)
    if (shape.elements > MAX_XML_PLIST_ELEMENTS)
      return unreadable(`the property list has more than ${MAX_XML_PLIST_ELEMENTS} elements`)
    const value: unknown = withoutConsole(() => parsePlist(text))
    return value === null || value === undefined
      ? unreadable('the property list is empty or damaged')
      : { value, problem: null }
  } catch {
    return unreadable('the property list is damaged')
  }
}

/**
 * How many XML elements there are and how deeply they nest, in one linear pass. A comment or CDATA
 * that looks like a tag can only make these over-estimates, never let a deep document through.
 */
function xmlShape(xml: string): { elements: number; depth: number } {
  let depth = 0
  let deepest = 0
  let elements = 0
  for (const match of xml.matchAll(/<(\/?)[A-Za-z][^<>]*?(\/?)>/g)) {
    if (!match[1]) elements += 1
    if (match[2]) continue
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1
    deepest = Math.max(deepest, depth)
  }
  return { elements, depth: deepest }
}

/** The XML parser inside plist reports malformed input on the console; the CLI's output must stay clean. */
function withoutConsole<T>(parse: () => T): T {
  const { error, warn } = console
  console.error = console.warn = () => {}
  try {
    return parse()
  } finally {
    Object.assign(console, { error, warn })
  }
}

/** Parses `profiles show -output stdout-xml`; null when the text is not such a plist. */
export function parseProfilesXml(xml: string): SsoConfiguration | null {
  const root = asRecord(readPlist(xml))
  if (!root) return null
  const profiles = Object.values(root).flatMap((level) => (Array.isArray(level) ? level : []))
  const payloads = profiles.flatMap((profile) => {
    const items = asRecord(profile)?.ProfileItems
    return Array.isArray(items)
      ? items.map(asRecord).filter((p): p is Record<string, unknown> => p !== null)
      : []
  })
  const ssoPayloads = payloads.filter((p) => p.PayloadType === SSO_PAYLOAD_TYPE)
  // Prefer the payload that configures Platform SSO when there are several.
  const contents = ssoPayloads.map((p) => asRecord(p.PayloadContent) ?? {})
  const primary = contents.find((c) => asRecord(c.PlatformSSO)) ?? contents[0] ?? null
  return {
    ...readSsoPayload(primary),
    ssoPayloadCount: ssoPayloads.length,
    ssoPayloads: contents.map((content) => ({
      extensionIdentifier: asString(content.ExtensionIdentifier),
      realm: asString(content.Realm),
      configuresPlatformSso: asRecord(content.PlatformSSO) !== null,
    })),
    passcodePolicyPresent: payloads.some((p) => p.PayloadType === PASSCODE_PAYLOAD_TYPE),
  }
}

/**
 * Payloads for the Platform SSO extension: its ExtensionIdentifier is the one app-sso reports or
 * Microsoft's. Kerberos SSO payloads beside it are allowed and never count [AY], [KRB]; error 10002
 * is about the Platform SSO extension configured twice [IC].
 */
export function platformSsoPayloadCount(
  payloads: readonly SsoPayloadSummary[] | null,
  activeExtension: string | null,
): number | null {
  if (!payloads) return null
  const ids = new Set([MICROSOFT_SSO_EXTENSION, activeExtension].filter((id): id is string => !!id))
  return payloads.filter((p) => p.extensionIdentifier !== null && ids.has(p.extensionIdentifier)).length
}

/** Realms of the Kerberos SSO extension payloads, for the helpdesk. */
export function kerberosPayloadRealms(payloads: readonly SsoPayloadSummary[] | null): string[] | null {
  if (!payloads) return null
  const realms = payloads
    .filter((p) => p.extensionIdentifier === KERBEROS_SSO_EXTENSION && p.realm)
    .map((p) => p.realm!)
  return [...new Set(realms)]
}

/** Parses the managed preferences plist that macOS writes for the SSO payload. */
export function parseManagedSsoPreferences(data: Buffer): SsoConfiguration | null {
  const content = asRecord(readPlist(data))
  if (!content) return null
  return { ...readSsoPayload(content), ssoPayloadCount: null, ssoPayloads: null, passcodePolicyPresent: null }
}

function readSsoPayload(
  content: Record<string, unknown> | null,
): Omit<SsoConfiguration, 'ssoPayloadCount' | 'ssoPayloads' | 'passcodePolicyPresent'> {
  const platformSso = asRecord(content?.PlatformSSO)
  const excluded = platformSso?.NonPlatformSSOAccounts
  return {
    nonPlatformSsoAccounts: Array.isArray(excluded)
      ? excluded.map(asString).filter((name): name is string => !!name)
      : null,
    extensionIdentifier: asString(content?.ExtensionIdentifier),
    authenticationMethod:
      asString(platformSso?.AuthenticationMethod) ?? asString(content?.AuthenticationMethod),
    useSharedDeviceKeys: asBoolean(platformSso?.UseSharedDeviceKeys),
    accountDisplayName: asString(platformSso?.AccountDisplayName),
  }
}
