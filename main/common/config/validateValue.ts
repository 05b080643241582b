/**
 * Checks one configuration value against the key table. Intune validates nothing an admin uploads,
 * so this is the only check: a wrong plist type or a malformed value is reported, never guessed at.
 * Plain checks, not zod: every CLI command reads the configuration, and building zod costs the
 * command line most of its start-up time.
 */
import { CONFIG_KEYS, type ConfigKey, type ConfigKeySpec, type StringFormat } from './keys'

export type ValueCheck =
  { ok: true; value: unknown } | { ok: false; kind: 'wrongType' | 'invalidValue'; expected: string }

/** A value's check: the value to use (text is trimmed), or null when it is invalid. */
type Check = (value: unknown) => { value: unknown } | null

const passes =
  (test: (value: unknown) => boolean): Check =>
  (value) =>
    test(value) ? { value } : null

const isHttpsUrl = (text: string) => {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(text)
  } catch {
    return false
  }
}

/** The practical email pattern zod's `z.email()` used, kept so that no accepted value changes. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

const isString = (value: unknown): value is string => typeof value === 'string'

const STRING_FORMATS: Record<StringFormat, { check: Check; expected: string }> = {
  text: {
    check: (value) => {
      if (!isString(value)) return null
      const trimmed = value.trim()
      return trimmed.length >= 1 && trimmed.length <= 500 ? { value: trimmed } : null
    },
    expected: 'text of 1 to 500 characters',
  },
  url: { check: passes((value) => isString(value) && isHttpsUrl(value)), expected: 'an https:// URL' },
  email: { check: passes((value) => isString(value) && EMAIL.test(value)), expected: 'an email address' },
  phone: {
    check: passes(
      (value) =>
        isString(value) && /^\+?[\d\s().\-/]{3,40}$/.test(value) && (value.match(/\d/g) ?? []).length >= 3,
    ),
    expected: 'a phone number (digits, spaces, + - ( ) . /)',
  },
  id: {
    check: passes((value) => isString(value) && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value)),
    expected: 'ids in lower case (a-z, 0-9, -)',
  },
}

const oneOf = (allowed: readonly string[]): Check =>
  passes((value) => isString(value) && allowed.includes(value))

/** The plist type an admin must use, as the docs name it. */
export function plistTypeName(spec: ConfigKeySpec): string {
  return spec.type === 'array' ? 'array of strings' : spec.type
}

function hasPlistType(spec: ConfigKeySpec, value: unknown): boolean {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
  }
}

function formatCheck(spec: ConfigKeySpec): { check: Check; expected: string } {
  switch (spec.type) {
    case 'boolean':
      return { check: passes((value) => typeof value === 'boolean'), expected: 'true or false' }
    case 'integer':
      return {
        check: passes(
          (value) =>
            typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max,
        ),
        expected: `a whole number from ${spec.min} to ${spec.max}`,
      }
    case 'array': {
      const item = spec.allowed
        ? { check: oneOf(spec.allowed), expected: `ids from: ${spec.allowed.join(', ')}` }
        : STRING_FORMATS[spec.format]
      return {
        check: (value) => {
          if (!Array.isArray(value) || value.length > 50) return null
          const items: unknown[] = []
          for (const entry of value) {
            const checked = item.check(entry)
            if (!checked) return null
            items.push(checked.value)
          }
          return { value: items }
        },
        expected: `a list of up to 50 ${item.expected}`,
      }
    }
    case 'string':
      return spec.allowed
        ? { check: oneOf(spec.allowed), expected: `one of ${spec.allowed.join(', ')}` }
        : STRING_FORMATS[spec.format]
  }
}

export function checkConfigValue(key: ConfigKey, value: unknown): ValueCheck {
  return checkValue(CONFIG_KEYS[key], value)
}

export function checkValue(spec: ConfigKeySpec, value: unknown): ValueCheck {
  const { check, expected } = formatCheck(spec)
  if (!hasPlistType(spec, value)) return { ok: false, kind: 'wrongType', expected: plistTypeName(spec) }
  const checked = check(value)
  return checked ? { ok: true, value: checked.value } : { ok: false, kind: 'invalidValue', expected }
}
