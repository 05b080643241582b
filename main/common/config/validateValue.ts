/**
 * Checks one configuration value against the key table. Intune validates nothing an admin uploads,
 * so this is the only check: a wrong plist type or a malformed value is reported, never guessed at.
 */
import { z } from 'zod'
import { CONFIG_KEYS, type ConfigKey, type ConfigKeySpec, type StringFormat } from './keys'

export type ValueCheck =
  { ok: true; value: unknown } | { ok: false; kind: 'wrongType' | 'invalidValue'; expected: string }

const httpsUrl = z.string().refine((text) => {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(text)
  } catch {
    return false
  }
})

const STRING_FORMATS: Record<StringFormat, { schema: z.ZodType; expected: string }> = {
  text: { schema: z.string().trim().min(1).max(500), expected: 'text of 1 to 500 characters' },
  url: { schema: httpsUrl, expected: 'an https:// URL' },
  email: { schema: z.email(), expected: 'an email address' },
  phone: {
    schema: z
      .string()
      .regex(/^\+?[\d\s().\-/]{3,40}$/)
      .refine((text) => (text.match(/\d/g) ?? []).length >= 3),
    expected: 'a phone number (digits, spaces, + - ( ) . /)',
  },
  id: { schema: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), expected: 'ids in lower case (a-z, 0-9, -)' },
}

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

function formatCheck(spec: ConfigKeySpec): { schema: z.ZodType; expected: string } {
  switch (spec.type) {
    case 'boolean':
      return { schema: z.boolean(), expected: 'true or false' }
    case 'integer':
      return {
        schema: z.number().int().min(spec.min).max(spec.max),
        expected: `a whole number from ${spec.min} to ${spec.max}`,
      }
    case 'array': {
      const item = spec.allowed
        ? { schema: z.enum(spec.allowed), expected: `ids from: ${spec.allowed.join(', ')}` }
        : STRING_FORMATS[spec.format]
      return { schema: z.array(item.schema).max(50), expected: `a list of up to 50 ${item.expected}` }
    }
    case 'string':
      return spec.allowed
        ? { schema: z.enum(spec.allowed), expected: `one of ${spec.allowed.join(', ')}` }
        : STRING_FORMATS[spec.format]
  }
}

export function checkConfigValue(key: ConfigKey, value: unknown): ValueCheck {
  return checkValue(CONFIG_KEYS[key], value)
}

export function checkValue(spec: ConfigKeySpec, value: unknown): ValueCheck {
  const { schema, expected } = formatCheck(spec)
  if (!hasPlistType(spec, value)) return { ok: false, kind: 'wrongType', expected: plistTypeName(spec) }
  const parsed = schema.safeParse(value)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, kind: 'invalidValue', expected }
}
