/**
 * Redaction: removes secrets from everything the app shares (reports, bundles, its own log) while
 * keeping what support needs (times, states, error codes, correlation IDs, and by default the UPN,
 * Entra device ID and tenant ID). psso-domain.md §6.2 lists what is sensitive.
 *
 * Three layers, each catching what the one before cannot:
 * 1. structural: app-sso's JSON sections and plists are parsed, every value under a secret key is
 *    replaced, every other string goes through the text pass (a secret by its shape), and the result
 *    is printed back, so the output still parses and keeps every non-secret fact; values found under
 *    secret keys are remembered and removed wherever else they appear (a bare-GUID cache name in a log);
 * 2. text (secretShapes.ts): anything shaped like a secret wherever it appears (JWTs, bearer tokens,
 *    cookies, Kerberos cache names, URL parameters, `secretKey = value` pairs, opaque blobs, key
 *    hashes), for logs and sections that did not parse;
 * 3. pseudonyms (when configured): every mention of the UPN (plain, URL-encoded or not shaped like
 *    an e-mail address), device ID, tenant ID or an e-mail address becomes an HMAC with a per-report
 *    random key: stable within the report, so two mentions still match, and unlinkable across reports.
 *
 * Untrusted input gets bounded work: linear-time patterns, and no recursion deeper than MAX_DEPTH.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { build as buildPlist } from 'plist'
import { APP_SSO_HEADERS, locateJsonSection, parseAppSso } from '../parsers/appSso'
import { readPlistChecked } from '../parsers/profiles'
import { asString, isGuid } from '../parsers/values'
import { isSecretKey, REDACTED, redactSecretShapes } from './secretShapes'

export { isSecretKey, REDACTED, redactSecretShapes } from './secretShapes'

/** Deeper than anything app-sso or a profile nests; a deeper value is replaced whole. */
export const MAX_DEPTH = 64
const TOO_DEEP = '[redacted: nested too deeply]'
/** Values remembered from secret keys, to find them elsewhere; more would only slow the text pass. */
const MAX_REMEMBERED_SECRETS = 64

/**
 * A profile payload key that holds a secret. `profiles` prefixes its own bookkeeping with `_`
 * (`_computerlevel`), which in app-sso's output marks private material: that rule does not apply here.
 */
const isSecretPlistKey = (key: string) =>
  isSecretKey(key.replace(/^_+/, '')) ||
  /password|secret|passcode|passphrase|challenge|privatekey|pin$/i.test(key)

export interface RedactionOptions {
  /** AppConfig.PseudonymizeIdentifiers: replace the UPN, device ID, tenant ID and e-mail addresses. */
  pseudonymize: boolean
  /** Identifiers known before any text is seen (e.g. the device ID, read from a certificate). */
  identifiers?: (string | null)[]
  /** Names that identify the Mac (serial number, computer name): pseudonymised like the IDs. */
  names?: (string | null)[]
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

/** Names shorter than this are pseudonymised as values only (see createRedactor). */
const MIN_NAME_IN_TEXT = 6

export function createRedactor(options: RedactionOptions): Redactor {
  // A new key per report: pseudonyms match within a report and cannot be linked across reports.
  const key = randomBytes(32)
  const guids = new Set<string>()
  /** User names that are not e-mail addresses (the e-mail pattern cannot find them). */
  const names = new Set<string>()
  const secrets = new Set<string>()
  const remember = (value: string | null | undefined) => {
    if (!value) return
    if (isGuid(value)) guids.add(value.toLowerCase())
    else if (!EMAIL_SHAPE.test(value) && value.length >= 3 && value.length <= 200) names.add(value)
  }
  const rememberSecret = (value: string) => {
    if (
      value.length >= 8 &&
      !/["\\\n]/.test(value) &&
      value.length <= 4096 &&
      !value.startsWith('[redacted') &&
      secrets.size < MAX_REMEMBERED_SECRETS
    )
      secrets.add(value)
  }
  options.identifiers?.forEach(remember)
  /** The Mac's serial number and computer name (the helpdesk's device identification). */
  const deviceNames = new Set(options.names?.filter((name): name is string => !!name && name.trim() !== ''))
  // A short name ("Mac") is pseudonymised where it is the value, never in free text (it would eat words).
  const textNames = [...deviceNames]
    .filter((name) => name.length >= MIN_NAME_IN_TEXT)
    .sort((a, b) => b.length - a.length)
  const pseudonymName = (name: string) => `name-${hash(name).slice(0, 12)}`

  const hash = (value: string) => createHmac('sha256', key).update(value.toLowerCase()).digest('hex')
  const pseudonymGuid = (guid: string) => {
    const h = hash(guid)
    const pseudo = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
    return guid === guid.toUpperCase() ? pseudo.toUpperCase() : pseudo
  }
  const pseudonymEmail = (local: string, at: string, domain: string) =>
    `user-${hash(decodePercent(local)).slice(0, 10)}${at}${hash(domain).slice(0, 10)}.invalid`
  const pseudonyms = (text: string): string => {
    if (!options.pseudonymize) return text
    // Each replacement scans the text only when what it replaces is there at all.
    let result = replaceEmails(text, pseudonymEmail)
    const lower = result.toLowerCase()
    for (const guid of guids)
      if (lower.includes(guid)) result = replaceAllCaseless(result, guid, pseudonymGuid)
    for (const name of names)
      for (const form of new Set([name, encodeURIComponent(name)]))
        if (lower.includes(form.toLowerCase()))
          result = replaceWord(result, form, () => `user-${hash(name).slice(0, 10)}`)
    for (const name of textNames) result = result.split(name).join(pseudonymName(name))
    return result
  }
  const withoutRememberedSecrets = (text: string) => {
    let result = text
    for (const secret of secrets) result = result.split(secret).join(REDACTED)
    return result
  }
  const textOnly = (input: string) =>
    redactSecretShapes(withoutRememberedSecrets(String(input)), rememberSecret)
  const text = (input: string) => pseudonyms(textOnly(input))
  const structure: StructuralPass = { rememberSecret, shapes: textOnly }

  return {
    pseudonymize: options.pseudonymize,
    text,
    identifier: (value) =>
      value === null
        ? null
        : options.pseudonymize && deviceNames.has(value)
          ? pseudonymName(value)
          : pseudonyms(value),
    plistXml: (input) => pseudonyms(redactPlistXml(String(input), structure)),
    appSso: (input) => {
      const normalised = String(input).replace(/\r\n?/g, '\n')
      const facts = parseAppSso(normalised)
      remember(facts.deviceId)
      remember(facts.tenantId)
      remember(facts.user.upn)
      remember(facts.user.loginUserName)
      // The sections are redacted structurally; the text pass runs only on what lies between them
      // (run over printed JSON, a key=value inside a string could swallow its closing quote).
      return pseudonyms(redactAppSsoSections(normalised, structure, remember))
    },
  }
}

/** One-shot: a single app-sso output. */
export const redactAppSsoOutput = (text: string, options: RedactionOptions) =>
  createRedactor(options).appSso(text)

// ---- structural ---------------------------------------------------------------------------------

interface StructuralPass {
  /** Remembers a value found under a secret key, to remove it wherever else it appears. */
  rememberSecret: (value: string) => void
  /** The text pass (layer 2) for a string value and for the text between and around structures. */
  shapes: (value: string) => string
}

function redactAppSsoSections(
  text: string,
  pass: StructuralPass,
  rememberIdentifier: (value: string | null) => void,
): string {
  const spans = Object.values(APP_SSO_HEADERS)
    .map((header) => locateJsonSection(text, header))
    .filter((found) => found.section.kind === 'object' && found.span)
    .sort((a, b) => a.span!.start - b.span!.start)
  let result = ''
  let from = 0
  for (const { section, span } of spans) {
    if (section.kind !== 'object' || !span || span.start < from) continue
    result += pass.shapes(text.slice(from, span.start)) + printJson(redactValue(section.value, pass))
    rememberIdentifier(asString(section.value.uniqueIdentifier))
    from = span.end
  }
  return result + pass.shapes(text.slice(from))
}

/**
 * Replaces every value under a secret key, at any depth up to MAX_DEPTH, and every other string by
 * its shape. Booleans and nulls say nothing secret. Values of other types (plist dates, data) are
 * kept as they are unless under a secret key; data is never kept (see redactPlistValue).
 */
function redactValue(value: unknown, pass: StructuralPass, key = '', depth = 0): unknown {
  if (key && isSecretKey(key) && value !== null && typeof value !== 'boolean') {
    collectSecrets(value, pass, depth)
    return REDACTED
  }
  if (typeof value === 'string') return pass.shapes(value)
  if (depth >= MAX_DEPTH && typeof value === 'object' && value !== null) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => redactValue(item, pass, '', depth + 1))
  if (typeof value === 'object' && value !== null && isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, pass, k, depth + 1)]))
  return value
}

function collectSecrets(value: unknown, pass: StructuralPass, depth: number): void {
  if (typeof value === 'string') return pass.rememberSecret(value)
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null || !isPlainObject(value)) return
  for (const item of Array.isArray(value) ? value : Object.values(value))
    collectSecrets(item, pass, depth + 1)
}

const isPlainObject = (value: object) =>
  Array.isArray(value) ||
  Object.getPrototypeOf(value) === Object.prototype ||
  Object.getPrototypeOf(value) === null

/** JSON printed the way app-sso prints it (`"key" : value`, two-space indent); depth is bounded by redactValue. */
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

/**
 * A plist is parsed (entities, CDATA and comments decoded as macOS reads them), redacted by key and
 * by value, and written again; its <data> blobs are emptied. What does not parse goes through a
 * textual fallback that removes every <data> blob and every string after a secret-looking key.
 */
function redactPlistXml(xml: string, pass: StructuralPass): string {
  const { value, problem } = readPlistChecked(xml)
  if (problem === null && value !== null && typeof value === 'object') {
    try {
      return buildPlist(redactPlistValue(value, pass) as Parameters<typeof buildPlist>[0])
    } catch {
      // fall through to the textual pass
    }
  }
  return pass.shapes(redactPlistText(xml))
}

function redactPlistValue(value: unknown, pass: StructuralPass, key = '', depth = 0): unknown {
  if (key && isSecretPlistKey(key) && typeof value !== 'boolean' && value !== null) {
    collectSecrets(value, pass, depth)
    return typeof value === 'string' ? REDACTED : Buffer.isBuffer(value) ? Buffer.alloc(0) : REDACTED
  }
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.alloc(0)
  if (typeof value === 'string') return pass.shapes(value)
  if (depth >= MAX_DEPTH && typeof value === 'object' && value !== null) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => redactPlistValue(item, pass, '', depth + 1))
  if (typeof value === 'object' && value !== null && isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, redactPlistValue(v, pass, k, depth + 1)]),
    )
  return value
}

/** For a plist that does not parse: no <data>, no CDATA, no string after a secret-looking key. */
function redactPlistText(xml: string): string {
  return xml
    .replace(/<data>[^<]*<\/data>/g, '<data></data>')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, REDACTED)
    .replace(
      /(<key>([^<]{0,200})<\/key>(?:\s|<!--(?:[^-]|-(?!->))*-->)*<string>)([^<]*)/g,
      (match, open: string, key: string) => {
        const decoded = decodeXmlEntities(key)
        return isSecretPlistKey(decoded) ? `${open}${REDACTED}` : match
      },
    )
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (match, entity: string) => {
    const lower = entity.toLowerCase()
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
    if (named[lower]) return named[lower]
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : match
  })
}

// ---- pseudonyms ---------------------------------------------------------------------------------

const EMAIL_SHAPE = /@|%40/
const LOCAL_PART = /[A-Za-z0-9._%+*-]/
/** RFC 5321 allows 64; a little more costs nothing and bounds the scan. */
const MAX_LOCAL_PART = 128
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y

/**
 * Replaces every e-mail address, also with app-sso's escaped `\\@` or URL-encoded `%40`. Found from
 * each `@` outwards rather than by a pattern, which would try every character of a long run as the
 * start of an address: each character is looked at a bounded number of times.
 */
function replaceEmails(text: string, replace: (local: string, at: string, domain: string) => string): string {
  let result = ''
  let copiedUpTo = 0
  let searchFrom = 0
  // The next of each kind, looked up again only once passed (else each lookup rescans to the end).
  let plain = -2
  let encoded = -2
  while (searchFrom < text.length) {
    if (plain !== -1 && plain < searchFrom) plain = text.indexOf('@', searchFrom)
    if (encoded !== -1 && encoded < searchFrom) encoded = text.indexOf('%40', searchFrom)
    const at = plain < 0 ? encoded : encoded < 0 ? plain : Math.min(plain, encoded)
    if (at < 0) break
    const atLength = at === encoded ? 3 : 1
    searchFrom = at + atLength
    let localEnd = at
    while (localEnd > copiedUpTo && text[localEnd - 1] === '\\') localEnd--
    let localStart = localEnd
    while (
      localStart > Math.max(copiedUpTo, localEnd - MAX_LOCAL_PART) &&
      LOCAL_PART.test(text[localStart - 1]!)
    )
      localStart--
    if (localStart === localEnd) continue
    DOMAIN.lastIndex = searchFrom
    const domain = DOMAIN.exec(text)?.[0]
    if (!domain) continue
    result += text.slice(copiedUpTo, localStart)
    result += replace(text.slice(localStart, localEnd), text.slice(localEnd, searchFrom), domain)
    copiedUpTo = searchFrom + domain.length
    searchFrom = copiedUpTo
  }
  return result + text.slice(copiedUpTo)
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function replaceAllCaseless(text: string, needle: string, replace: (found: string) => string): string {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return text.replace(new RegExp(escaped, 'gi'), replace)
}

/** Replaces `word` where it stands alone (not inside a longer name), whatever its case. */
function replaceWord(text: string, word: string, replace: (found: string) => string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return text.replace(
    new RegExp(`(?<![A-Za-z0-9._%+-])${escaped}(?![A-Za-z0-9_%+-]|\\.[A-Za-z0-9])`, 'gi'),
    replace,
  )
}
