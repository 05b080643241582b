import { formatIsoSeconds } from '../../common/time'

/** Small tolerant readers shared by the parsers: each returns null for anything it does not recognise. */

/** An enum as app-sso prints it: `Name (N)`, flags joined by commas, or `(null) (N)` for an unknown number. */
export interface EnumValue {
  name: string | null
  value: number | null
  flags: string[]
  raw: string
}

const ENUM_PATTERN = /^(.*?)\s*\((-?\d+)\)\s*$/

export function parseEnumValue(raw: unknown): EnumValue | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null
  const text = raw.trim()
  const match = ENUM_PATTERN.exec(text)
  const namePart = (match ? match[1]! : text).trim()
  const name = namePart === '' || namePart === '(null)' ? null : namePart
  const flags = name ? name.split(/\s*,\s*/).filter(Boolean) : []
  return { name, value: match ? Number(match[2]) : null, flags, raw: text }
}

/** Normalises an ISO 8601 date-time to `YYYY-MM-DDTHH:MM:SSZ`; null when it is not one. */
export function toIsoDate(raw: unknown): string | null {
  if (
    typeof raw !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(raw.trim())
  ) {
    return null
  }
  const time = Date.parse(raw.trim())
  return Number.isNaN(time) ? null : formatIsoSeconds(time)
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
