import { formatIsoSeconds } from '../../common/time'

/** Small tolerant readers shared by the parsers: each returns null for anything it does not recognise. */

/** An enum as app-sso prints it: `Name (N)`, flags joined by commas, or `(null) (N)` for an unknown number. */
export interface EnumValue {
  name: string | null
  value: number | null
  flags: string[]
  raw: string
}

/** Parsed by hand, not by a backtracking pattern: the input is untrusted and must take linear time. */
export function parseEnumValue(raw: unknown): EnumValue | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null
  const text = raw.trim()
  const number = trailingParenthesisedInteger(text)
  const namePart = (number ? text.slice(0, number.start) : text).trim()
  const name = namePart === '' || namePart === '(null)' ? null : namePart
  const flags = name
    ? name
        .split(',')
        .map((flag) => flag.trim())
        .filter(Boolean)
    : []
  return { name, value: number ? number.value : null, flags, raw: text }
}

/** `… (N)` at the end of a trimmed text: N and where its parenthesis opens; null when there is none. */
function trailingParenthesisedInteger(text: string): { value: number; start: number } | null {
  if (!text.endsWith(')')) return null
  const open = text.lastIndexOf('(')
  if (open < 0) return null
  const digits = text.slice(open + 1, -1)
  if (!/^-?\d+$/.test(digits)) return null
  return { value: Number(digits), start: open }
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))$/

/**
 * Normalises an ISO 8601 date-time to `YYYY-MM-DDTHH:MM:SSZ`; null when it is not one or names an
 * impossible moment (30 February, 24:00:00, an offset beyond ±14:00) or a year outside 1970–9999 once
 * in UTC. Date.parse alone would roll 30 February over into March.
 */
export function toIsoDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const match = ISO_DATE_TIME.exec(raw.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const offsetHours = match[10] ? Number(match[10]) : 0
  const offsetMinutes = match[11] ? Number(match[11]) : 0
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return null
  const time = Date.parse(raw.trim())
  if (Number.isNaN(time)) return null
  const utcYear = new Date(time).getUTCFullYear()
  return utcYear < 1970 || utcYear > 9999 ? null : formatIsoSeconds(time)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null)
export const asBoolean = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
export const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

/**
 * Compares dotted version strings numerically (5.2404.0 < 5.2410.1); null when either is not one.
 */
export function compareVersions(a: string, b: string): number | null {
  const parse = (v: string) => (/^\d+(\.\d+)*$/.test(v.trim()) ? v.trim().split('.').map(Number) : null)
  const left = parse(a)
  const right = parse(b)
  if (!left || !right) return null
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}
