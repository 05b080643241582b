/**
 * The text pass of the redactor: anything shaped like a secret, wherever it appears (logs, stderr,
 * sections that did not parse, and every string value the structural pass visits).
 *
 * The input is untrusted, so every pattern runs in linear time: a pattern that can start inside a
 * run of its own characters is anchored with a look-behind to the run's start (otherwise a megabyte
 * token is rescanned from each of its positions), and no replacement may break the JSON or XML it
 * sits in (a JSON escape's backslash keeps the character after it).
 */

export const REDACTED = '[redacted]'

/** Keys whose values are key material, certificates, key hashes or credentials. */
const SECRET_KEYS = new Set(
  [
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
    'code',
    'sig',
    'prt',
    'pin',
  ].map((key) => key.toLowerCase()),
)

/**
 * True for a key whose value must never be shared, in any of the formats the app sees (app-sso JSON,
 * profiles payloads, URL parameters, log lines). app-sso prefixes private material with `_`.
 */
export function isSecretKey(key: string): boolean {
  if (key.length > 200) return false
  const lower = key.toLowerCase()
  if (SECRET_KEYS.has(lower) || key.startsWith('_')) return true
  // Named for what describes a secret, not the secret itself: tokenEndpointURL, token_type, TokenExpiryWarningHours.
  if (
    /(url|uri|endpoint|type|count|hours|date|time|status|state|policy|enabled|required|method|expiration|expiry|lifetime|length|version)$/.test(
      lower,
    )
  )
    return false
  return (
    /(hash|keydata|certificate|context)$/.test(lower) ||
    /(token|secret|password|passwd|passphrase|passcode|credential|assertion|privatekey|sessionkey|challenge|cookie|signature)/.test(
      lower,
    )
  )
}

/** URL parameters whose values are harmless and help support (versions, client and request IDs). */
const HARMLESS_URL_PARAMETERS = new Set([
  'api-version',
  'client-request-id',
  'client_id',
  'correlation_id',
  'correlationid',
  'grant_type',
  'response_type',
  'response_mode',
  'scope',
  'prompt',
  'slice',
  'mkt',
  'lc',
  'dc',
  'platform',
  'x-client-sku',
  'x-client-ver',
  'x-client-os',
  'x-client-cpu',
  'x-client-dm',
  'x-app-name',
  'x-app-ver',
])

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,4}/g
const AUTH_HEADER = /\b(Bearer|Basic|Negotiate|PoP)([ \t]+)[A-Za-z0-9._~+/=-]{8,}/gi
const COOKIE_HEADER = /^([ \t]*(?:Set-)?Cookie[ \t]*:)[^\n]*/gim
const KERBEROS_CACHE = /\b(API|FILE|KCM|MEMORY|DIR|KEYRING|XCACHE):[^\s"',;\\<>]+/g
const GUID_PATTERN = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}'
/** A Kerberos cache named by a bare GUID, as the unified log prints it (`cache 4653A707-…`). */
const KERBEROS_GUID_CACHE = new RegExp(
  `\\b((?:cache|ccache|cacheName|credential cache)(?:[ \\t]+name)?[ \\t]*[:=]?[ \\t]*["']?)${GUID_PATTERN}`,
  'gi',
)
/** A query or fragment, of a URL or of a bare path (`/token?code=…`): its parameters follow. */
const URL_QUERY = /[?#][^\s"'<>\\?#]+/g
const MAX_URL_PARAMETERS = 100
const URL_PARAMETER_NAME = /^[A-Za-z0-9_.~%+-]+$/
/**
 * `key : value`, `key=value`, `"key" : "value"` (also cut off mid-value, as in a truncated capture),
 * for keys that may be secret (isSecretKey decides): the pattern names their words, so the many
 * harmless pairs of a log never reach a callback. An unquoted value stops at `=` and `:` (after
 * base64 padding), so a chain `a=b=c…` is matched in short pieces and the scan stays linear.
 */
const SECRET_KEY_WORDS =
  'token|secret|passw(?:or)?d|passphrase|passcode|credential|assertion|privatekey|sessionkey|challenge|cookie|signature|hash|keydata|certificate|context|unlockdata'
const KEY_VALUE = new RegExp(
  `(?<![\\w-])(["']?)(_[\\w-]{0,199}|(?:[A-Za-z0-9][\\w-]{0,99}?)?(?:${SECRET_KEY_WORDS})[\\w-]{0,99}|code|sig|prt|pin|cachename)\\1` +
    `([ \\t]*[:=][ \\t]*)("(?:[^"\\\\\\n]|\\\\.)*"?|[^\\s,;&}"\\\\=:<]+={0,2})`,
  'gi',
)
/** Long base64/base64url runs: keys, certificates, opaque tokens. */
const OPAQUE_BLOB = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}/g

/** `onSecret` hears every value removed by its key, so the caller can remove it elsewhere too. */
export function redactSecretShapes(input: string, onSecret?: (value: string) => void): string {
  let text = String(input)
    .replace(JWT, '[redacted-jwt]')
    .replace(AUTH_HEADER, `$1$2${REDACTED}`)
    .replace(COOKIE_HEADER, `$1 ${REDACTED}`)
    .replace(KERBEROS_CACHE, `$1:${REDACTED}`)
    .replace(KERBEROS_GUID_CACHE, `$1${REDACTED}`)
    .replace(URL_QUERY, redactUrlParameters)
  text = redactKeyValues(text, onSecret)
  return text.replace(OPAQUE_BLOB, (match, offset: number, whole: string) => {
    if (!looksOpaque(match)) return match
    // After a JSON escape's backslash the first character belongs to the escape (`\n`, `\/`).
    return escapedAt(whole, offset) ? `${match[0]}[redacted-blob]` : '[redacted-blob]'
  })
}

/** `?a=1&code=2` → `?a=[redacted]&code=[redacted]`, keeping the values of harmless parameters. */
function redactUrlParameters(query: string): string {
  if (!query.includes('=')) return query
  // No real URL has this many parameters: the whole query goes, without looking at each one.
  if (query.split('&', MAX_URL_PARAMETERS + 1).length > MAX_URL_PARAMETERS) return query[0] + REDACTED
  const parameters = query.slice(1).split('&')
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i]!
    const equals = parameter.indexOf('=')
    if (equals < 1 || equals === parameter.length - 1 || equals > 100) continue
    const name = parameter.slice(0, equals)
    if (!URL_PARAMETER_NAME.test(name) || isHarmlessUrlParameter(name)) continue
    if (parameter.startsWith('[redacted', equals + 1)) continue
    parameters[i] = `${name}=${REDACTED}`
  }
  return query[0] + parameters.join('&')
}

function isHarmlessUrlParameter(name: string): boolean {
  if (!name.includes('%')) return HARMLESS_URL_PARAMETERS.has(name.toLowerCase())
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {
    // a malformed escape: judge the name as written
  }
  return HARMLESS_URL_PARAMETERS.has(decoded.toLowerCase())
}

/**
 * Each `key = value` pair whose key is secret loses its value. A pair whose key is harmless is not
 * skipped whole: scanning resumes after its separator, so a secret inside its value (a log message
 * quoting `refresh_token=…`) is still found. Every position is visited a bounded number of times.
 */
function redactKeyValues(text: string, onSecret?: (value: string) => void): string {
  const pattern = new RegExp(KEY_VALUE.source, 'gi')
  let result = ''
  let copiedUpTo = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    const quote = match[1] ?? ''
    const key = match[2] ?? ''
    const value = match[4] ?? ''
    const end = match.index + match[0].length
    if (!isSecretKeyCached(key) || isHarmlessValue(key, value)) {
      pattern.lastIndex = end - value.length
      continue
    }
    onSecret?.(value.replace(/^"|"$/g, ''))
    result += text.slice(copiedUpTo, match.index) + quote + key + quote + (match[3] ?? '')
    result += value.startsWith('"') ? `"${REDACTED}"` : REDACTED
    copiedUpTo = end
  }
  return result + text.slice(copiedUpTo)
}

/** Logs repeat the same few keys; a hostile input repeats one key a million times. */
const secretKeyCache = new Map<string, boolean>()
function isSecretKeyCached(key: string): boolean {
  let secret = secretKeyCache.get(key)
  if (secret === undefined) {
    secret = isSecretKey(key)
    if (secretKeyCache.size >= 4096) secretKeyCache.clear()
    secretKeyCache.set(key, secret)
  }
  return secret
}

/** Values that say nothing secret: booleans, nulls, what is already redacted, and error codes (`Code=-1000`). */
function isHarmlessValue(key: string, value: string): boolean {
  if (/^(true|false|null|\(null\))$/.test(value) || /^"?\[redacted/.test(value)) return true
  return key.toLowerCase() === 'code' && /^-?\d{1,10}$/.test(value)
}

function looksOpaque(run: string): boolean {
  const upper = /[A-Z]/.test(run)
  const lower = /[a-z]/.test(run)
  const digit = /\d/.test(run)
  if (upper && lower && digit) return true
  // Key hashes: hex, upper or lower case (40 hex digits is a SHA-1).
  return run.length >= 40 && digit && (upper || lower) && /^[0-9A-Fa-f]+$/.test(run)
}

/** True when the character at `offset` follows an odd run of backslashes (it is escaped). */
function escapedAt(text: string, offset: number): boolean {
  let backslashes = 0
  for (let i = offset - 1; i >= 0 && text[i] === '\\'; i--) backslashes++
  return backslashes % 2 === 1
}
