/**
 * Parser for the Microsoft Enterprise SSO extension's log files. Microsoft documents the line as
 * `local time | I/W/E | TID=… MSAL <version> Mac <version> [UTC time( - correlation id)] message` [TS].
 * Only two things are kept: successful token refreshes and errors that match the signature
 * catalogue, each with its UTC time and the line redacted. Linear in the input; lines longer than
 * MAX_LINE_CHARS are skipped unread; nothing in the input can make this throw.
 */
import { matchSignInSignature } from '../../common/diagnosis/signInSignatures'
import type { SignInEvent } from '../../common/model/macState'
import { redactSecretShapes } from '../report/redact'
import { toIsoDate } from './values'

export const MAX_LINE_CHARS = 8_192
/** Events kept: the newest ones. */
export const MAX_SIGN_IN_EVENTS = 50

const LINE =
  /^[^|]{1,40}\|\s*([IWE])\s*\|\s*TID=\S{1,32}\s+MSAL\s+\S{1,32}\s+Mac\s+\S{1,32}\s+\[(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:[.:]\d{1,6})?(?:Z|\s?[+-]00:?00)?(?:\s+-\s+[0-9A-Fa-f-]{1,64})?\]\s?(.*)$/

/**
 * What a successful refresh says. Microsoft does not document the wording [UNVERIFIED]: these are
 * the MSAL result phrases for a token response; docs/verify-on-a-mac.md asks for a real line.
 */
const TOKENS_RECEIVED =
  /\b(?:received|acquired|refreshed|saved) (?:new |fresh )?(?:tokens?|PRT|primary refresh token)\b|\btoken (?:refresh|request) (?:succeeded|completed successfully)\b/i

const LEVELS = { I: 'info', W: 'warning', E: 'error' } as const

/** Parses one file's text into events, oldest first. */
export function parseSsoExtensionLog(text: string): SignInEvent[] {
  const events: SignInEvent[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end - start <= MAX_LINE_CHARS) {
      const event = parseLine(text.slice(start, end).replace(/\r$/, ''))
      if (event) events.push(event)
    }
    start = end + 1
  }
  return events
}

function parseLine(line: string): SignInEvent | null {
  const match = LINE.exec(line)
  if (!match) return null
  const [, levelLetter, date, time, message] = match as unknown as [
    string,
    'I' | 'W' | 'E',
    string,
    string,
    string,
  ]
  // An impossible time (30 February, 25:00) skips the line; Date.parse would roll it over.
  const at = toIsoDate(`${date}T${time}Z`)
  if (!at) return null
  const level = LEVELS[levelLetter]
  const signature = level === 'info' ? null : matchSignInSignature(message)
  if (signature) return { at, level, kind: 'error', signature: signature.id, line: redactSecretShapes(line) }
  if (level !== 'error' && TOKENS_RECEIVED.test(message))
    return { at, level, kind: 'tokensReceived', signature: null, line: redactSecretShapes(line) }
  return null
}

/** Several files' events merged: oldest first, the newest MAX_SIGN_IN_EVENTS kept. */
export function mergeSignInEvents(lists: readonly SignInEvent[][]): SignInEvent[] {
  const all = lists.flat().sort((a, b) => a.at.localeCompare(b.at))
  return all.slice(-MAX_SIGN_IN_EVENTS)
}
