/**
 * The AppSSO unified log, read as NDJSON (`log show --style ndjson`): each line one JSON object with
 * `timestamp` ("2026-04-25 09:02:13.123456+0000") and `eventMessage` [T]. Only messages that match the
 * sign-in signature catalogue are kept, redacted. Bounded: the read is the last hour with its own
 * timeout and output cap; lines longer than MAX_LINE_CHARS are skipped.
 */
import { matchSignInSignature } from '../../common/diagnosis/signInSignatures'
import type { SignInEvent } from '../../common/model/macState'
import { redactSecretShapes } from '../report/redact'
import { MAX_LINE_CHARS, MAX_SIGN_IN_EVENTS } from './ssoExtensionLog'
import { asRecord, asString, toIsoDate } from './values'

/** `log show` for com.apple.AppSSO over the given window (`1h`, `10m`), printed in `style`. */
export const appSsoLogShowArgs = (style: 'ndjson' | 'compact', last: string) =>
  ['show', '--style', style, '--predicate', 'subsystem == "com.apple.AppSSO"', '--last', last] as const

/** The read for sign-in events: the last hour as NDJSON, bounded by the two limits below. */
export const UNIFIED_LOG_ARGS = appSsoLogShowArgs('ndjson', '1h')
export const UNIFIED_LOG_TIMEOUT_MS = 3_000
export const UNIFIED_LOG_MAX_BYTES = 4 * 1024 * 1024

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?([+-]\d{2}):?(\d{2})$/

export function parseUnifiedSsoLog(ndjson: string): SignInEvent[] {
  const events: SignInEvent[] = []
  for (const line of ndjson.split('\n')) {
    if (line.length === 0 || line.length > MAX_LINE_CHARS || !line.startsWith('{')) continue
    let record: Record<string, unknown> | null
    try {
      record = asRecord(JSON.parse(line))
    } catch {
      continue
    }
    const message = asString(record?.eventMessage)
    const time = TIMESTAMP.exec(asString(record?.timestamp) ?? '')
    if (!message || !time) continue
    const signature = matchSignInSignature(message)
    // An impossible time (30 February, 25:00) skips the line; Date.parse would roll it over.
    const at = toIsoDate(`${time[1]}T${time[2]}${time[3]}:${time[4]}`)
    if (!signature || !at) continue
    events.push({
      at,
      level: 'error',
      kind: 'error',
      signature: signature.id,
      line: redactSecretShapes(`${time[0]} ${message}`),
    })
  }
  return events.slice(-MAX_SIGN_IN_EVENTS)
}
