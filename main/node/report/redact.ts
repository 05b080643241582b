/**
 * Redaction: removes secrets from everything the app shares (reports, bundles, its own log) while
 * keeping what support needs (times, states, error codes, correlation IDs, and by default the UPN,
 * Entra device ID and tenant ID). psso-domain.md §6.2 lists what is sensitive.
 *
 * Three layers, each catching what the one before cannot:
 * 1. structural: app-sso's JSON sections are parsed (the parser's own section locator), every value
 *    under a secret key is replaced, and the section is printed back as JSON, so the output still parses;
 *    plists lose their <data> blobs and the strings under secret keys;
 * 2. text: anything shaped like a secret wherever it appears (JWTs, bearer tokens, cookies, Kerberos
 *    cache names, `secretKey = value` pairs, long opaque base64 blobs), for logs and broken sections;
 * 3. pseudonyms (when configured): every mention of the UPN, device ID, tenant ID or an e-mail address
 *    becomes an HMAC with a per-report random key: stable within the report, so two mentions still
 *    match, and unlinkable across reports.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { APP_SSO_HEADERS, locateJsonSection, parseAppSso, splitAppSsoOutput } from '../parsers/appSso'
import { asString, isGuid } from '../parsers/values'

export const REDACTED = '[redacted]'

/** Keys whose values are key material, certificates, key hashes or credentials. */
const SECRET_KEYS = new Set([
  '_credential',
  '_sepKeyData',
  '_deviceSigningKeyData',
  '_deviceEncryptionKeyData',
  'userDecryptionCertificate',
  'userUnlockCertificate',
  'deviceSigningCertificate',
  'deviceEncryptionCertificate',
  'userDecryptionContext',
  'userUnlockData',
  'deviceContext',
  'cacheName',
])

/** True for a key whose value must never be shared. app-sso prefixes private material with `_`. */
export function isSecretKey(key: string): boolean {
  return (
    SECRET_KEYS.has(key) ||
    key.startsWith('_') ||
    /Hash$|KeyData$|Certificate$|Context$/.test(key) ||
    /^(access|refresh|id|prt|session)[_-]?token$|cookie|^(password|passwd|secret|client_secret)$/i.test(key)
  )
}

export interface RedactionOptions {
  /** AppConfig.PseudonymizeIdentifiers: replace the UPN, device ID, tenant ID and e-mail addresses. */
  pseudonymize: boolean
  /** Identifiers known before any text is seen (e.g. the device ID, read from a certificate). */
  identifiers?: (string | null)[]
}

export interface Redactor {
  readonly pseudonymize: boolean
  /** `app-sso platform -s` output: secrets removed, still parseable by parsers/appSso.ts. */
  appSso(text: string): string
  /** A plist (profiles XML, managed preferences): still a parseable plist. */
  plistXml(text: string): string
  /** Free text: logs, stderr, messages. */
  text(text: string): string
  /** A kept identifier (UPN, device ID, tenant ID) as this report shows it. */
  identifier(value: string | null): string | null
}

export function createRedactor(options: RedactionOptions): Redactor {
  // A new key per report: pseudonyms match within a report and cannot be linked across reports.
  const key = randomBytes(32)
  const guids = new Set<string>()
  const remember = (value: string | null | undefined) => {
    if (value && isGuid(value)) guids.add(value.toLowerCase())
  }
  options.identifiers?.forEach(remember)

  const hash = (value: string) => createHmac('sha256', key).update(value.toLowerCase()).digest('hex')
  const pseudonymGuid = (guid: string) => {
    const h = hash(guid)
    const pseudo = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
    return guid === guid.toUpperCase() ? pseudo.toUpperCase() : pseudo
  }
  const pseudonyms = (text: string): string => {
    if (!options.pseudonymize) return text
    let result = text.replace(EMAIL, (_match, local: string, at: string, domain: string) => {
      return `user-${hash(local).slice(0, 10)}${at}${hash(domain).slice(0, 10)}.invalid`
    })
    for (const guid of guids) result = result.replace(new RegExp(guid, 'gi'), (match) => pseudonymGuid(match))
    return result
  }
  const text = (input: string) => pseudonyms(redactSecretShapes(input))

  return {
    pseudonymize: options.pseudonymize,
    text,
    identifier: (value) => (value === null ? null : pseudonyms(value)),
    plistXml: (input) => text(redactPlistXml(input)),
    appSso: (input) => {
      const normalised = String(input).replace(/\r\n?/g, '\n')
      const facts = parseAppSso(normalised)
      remember(facts.deviceId)
      remember(facts.tenantId)
      const user = splitAppSsoOutput(normalised).user
      if (user.kind === 'object') remember(asString(user.value.uniqueIdentifier))
      return text(redactAppSsoSections(normalised))
    },
  }
}

/** One-shot: a single app-sso output. */
export const redactAppSsoOutput = (text: string, options: RedactionOptions) =>
  createRedactor(options).appSso(text)

// ---- structural ---------------------------------------------------------------------------------

function redactAppSsoSections(text: string): string {
  // Last section first, so earlier offsets stay valid while the text changes.
  const spans = Object.values(APP_SSO_HEADERS)
    .map((header) => locateJsonSection(text, header))
    .filter((found) => found.section.kind === 'object' && found.span)
    .sort((a, b) => b.span!.start - a.span!.start)
  let result = text
  for (const { section, span } of spans) {
    if (section.kind !== 'object' || !span) continue
    result = result.slice(0, span.start) + printJson(redactValue(section.value)) + result.slice(span.end)
  }
  return result
}

/** Replaces every value under a secret key, at any depth. Booleans and nulls say nothing secret. */
function redactValue(value: unknown, key = ''): unknown {
  if (key && isSecretKey(key) && value !== null && typeof value !== 'boolean') return REDACTED
  if (Array.isArray(value)) return value.map((item) => redactValue(item))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k)]))
  return value
}

/** JSON printed the way app-sso prints it (`"key" : value`, two-space indent). */
function printJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `
  if (Array.isArray(value))
    return value.length ? `[\n${value.map((v) => inner + printJson(v, inner)).join(',\n')}\n${indent}]` : '[]'
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (!entries.length) return '{}'
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${printJson(v, inner)}`).join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function redactPlistXml(xml: string): string {
  return String(xml)
    .replace(/<data>[\s\S]*?<\/data>/g, '<data></data>')
    .replace(
      /(<key>([^<]*)<\/key>\s*<string>)([^<]*)(<\/string>)/g,
      (match, open: string, key: string, _value: string, close: string) =>
        isSecretKey(key) || /password|secret|token|passcode|pin$/i.test(key)
          ? `${open}${REDACTED}${close}`
          : match,
    )
}

// ---- text ---------------------------------------------------------------------------------------

const EMAIL = /([A-Za-z0-9._%+*-]+)(\\*@)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
const AUTH_HEADER = /\b(Bearer|Basic|Negotiate)\s+[A-Za-z0-9._~+/=-]{8,}/g
const COOKIE_HEADER = /^(\s*(?:Set-)?Cookie\s*:)[^\n]*/gim
const KERBEROS_CACHE = /\b(API|FILE|KCM|MEMORY|DIR|KEYRING|XCACHE):[^\s"',;]+/g
/**
 * `key : value`, `key=value`, `"key" : "value"` (also cut off mid-value, as in a truncated capture).
 * A key starts only where a word does (the lookbehind): every later start in the same word would end
 * where the first did, so trying them changes nothing but makes a 30 MB log quadratic in word length.
 */
const KEY_VALUE = /(["']?)(?<![A-Za-z_])([A-Za-z_][\w-]*)\1(\s*[:=]\s*)("(?:[^"\\\n]|\\.)*"?|[^\s,;&}"]+)/g
/**
 * Long base64/base64url runs with mixed case and digits: keys, certificates, opaque tokens. A run is
 * tried from its start only (the lookbehind), which is where the greedy match began anyway.
 */
const OPAQUE_BLOB = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}/g

export function redactSecretShapes(input: string): string {
  return String(input)
    .replace(JWT, '[redacted-jwt]')
    .replace(AUTH_HEADER, `$1 ${REDACTED}`)
    .replace(COOKIE_HEADER, `$1 ${REDACTED}`)
    .replace(KERBEROS_CACHE, `$1:${REDACTED}`)
    .replace(KEY_VALUE, (match, quote: string, key: string, separator: string, value: string) => {
      if (!isSecretKey(key) || /^(true|false|null|\(null\)|"\[redacted[^"]*\]")$/.test(value)) return match
      return `${quote}${key}${quote}${separator}${value.startsWith('"') ? `"${REDACTED}"` : REDACTED}`
    })
    .replace(OPAQUE_BLOB, (match) =>
      /[A-Z]/.test(match) && /[a-z]/.test(match) && /\d/.test(match) ? '[redacted-blob]' : match,
    )
}
