/**
 * A bounded decoder for binary property lists (`bplist00`), used instead of a general-purpose one
 * because the input is untrusted (a user's bundle, a user-writable preferences file): objects may
 * share references, so a few kilobytes can describe an exponentially large tree, or a cycle.
 *
 * Bounds: the object table's size, the nesting depth, and the number of values produced while
 * expanding shared references (`maxExpandedValues`); a reference back to an object being expanded is
 * a cycle and refused. Work is linear in the expanded size, which is capped. Never throws.
 */

export interface PlistLimits {
  maxObjects: number
  maxDepth: number
  /** Values produced in all, counting each expansion of a shared object again. */
  maxExpandedValues: number
}

export const DEFAULT_PLIST_LIMITS: PlistLimits = {
  maxObjects: 100_000,
  maxDepth: 64,
  maxExpandedValues: 200_000,
}

export type PlistDecodeResult = { ok: true; value: unknown } | { ok: false; reason: string }

class PlistRefused extends Error {}

/** Seconds from the Unix epoch to Core Data's reference date (2001-01-01T00:00:00Z). */
const APPLE_EPOCH_SECONDS = 978_307_200

export function decodeBinaryPlist(
  data: Uint8Array,
  limits: PlistLimits = DEFAULT_PLIST_LIMITS,
): PlistDecodeResult {
  try {
    return { ok: true, value: decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits) }
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof PlistRefused ? error.message : 'the binary property list is damaged',
    }
  }
}

function decode(buffer: Buffer, limits: PlistLimits): unknown {
  const refuse = (why: string): never => {
    throw new PlistRefused(why)
  }
  if (buffer.length < 40 || buffer.toString('latin1', 0, 8) !== 'bplist00')
    refuse('not a binary property list')
  const trailer = buffer.length - 32
  const offsetSize = buffer[trailer + 6]!
  const refSize = buffer[trailer + 7]!
  const objectCount = readBig(buffer, trailer + 8)
  const topObject = readBig(buffer, trailer + 16)
  const offsetTable = readBig(buffer, trailer + 24)
  if (![1, 2, 4, 8].includes(offsetSize) || ![1, 2, 4, 8].includes(refSize))
    refuse('the binary property list is damaged (field sizes)')
  if (objectCount < 1 || objectCount > limits.maxObjects)
    refuse(`the binary property list has ${objectCount} objects (at most ${limits.maxObjects} are read)`)
  if (topObject >= objectCount || offsetTable < 8 || offsetTable + objectCount * offsetSize > trailer)
    refuse('the binary property list is damaged (offset table)')

  const uint = (at: number, size: number): number => {
    if (at < 0 || at + size > trailer) refuse('the binary property list is damaged (out of bounds)')
    return size === 8 ? readBig(buffer, at) : buffer.readUIntBE(at, size)
  }
  const offsetOf = (ref: number) => {
    if (ref >= objectCount) refuse('the binary property list is damaged (bad reference)')
    const offset = uint(offsetTable + ref * offsetSize, offsetSize)
    if (offset < 8 || offset >= offsetTable) refuse('the binary property list is damaged (bad offset)')
    return offset
  }

  let expanded = 0
  const expanding = new Set<number>()

  /** The count in a marker's low nibble, or the integer object after it when the nibble is 0xF. */
  const lengthAt = (at: number, nibble: number): { length: number; start: number } => {
    if (nibble !== 0xf) return { length: nibble, start: at + 1 }
    const marker = uint(at + 1, 1)
    if (marker >> 4 !== 0x1) refuse('the binary property list is damaged (length)')
    const size = 1 << (marker & 0xf)
    if (size > 8) refuse('the binary property list is damaged (length)')
    return { length: uint(at + 2, size), start: at + 2 + size }
  }
  const span = (start: number, bytes: number) => {
    if (bytes < 0 || start + bytes > offsetTable) refuse('the binary property list is damaged (object size)')
    return start
  }

  const read = (ref: number, depth: number): unknown => {
    expanded += 1
    if (expanded > limits.maxExpandedValues)
      refuse(`the binary property list expands to more than ${limits.maxExpandedValues} values`)
    if (depth > limits.maxDepth)
      refuse(`the binary property list nests deeper than ${limits.maxDepth} levels`)
    if (expanding.has(ref)) refuse('the binary property list refers to itself (a cycle)')
    const at = offsetOf(ref)
    const marker = uint(at, 1)
    const type = marker >> 4
    const nibble = marker & 0xf
    switch (type) {
      case 0x0:
        if (nibble === 0x8) return false
        if (nibble === 0x9) return true
        return null
      case 0x1: {
        const size = 1 << nibble
        if (size > 8) refuse('the binary property list is damaged (integer)')
        span(at + 1, size)
        if (size === 8) return Number(buffer.readBigInt64BE(at + 1))
        return buffer.readUIntBE(at + 1, size)
      }
      case 0x2: {
        const size = 1 << nibble
        span(at + 1, size)
        if (size === 4) return buffer.readFloatBE(at + 1)
        if (size === 8) return buffer.readDoubleBE(at + 1)
        return refuse('the binary property list is damaged (real)')
      }
      case 0x3: {
        span(at + 1, 8)
        const time = (buffer.readDoubleBE(at + 1) + APPLE_EPOCH_SECONDS) * 1000
        return new Date(time)
      }
      case 0x4: {
        const { length, start } = lengthAt(at, nibble)
        span(start, length)
        return Buffer.from(buffer.subarray(start, start + length))
      }
      case 0x5: {
        const { length, start } = lengthAt(at, nibble)
        span(start, length)
        return buffer.toString('latin1', start, start + length)
      }
      case 0x6: {
        const { length, start } = lengthAt(at, nibble)
        span(start, length * 2)
        const swapped = Buffer.from(buffer.subarray(start, start + length * 2))
        return swapped.swap16().toString('utf16le')
      }
      case 0x8: {
        const size = nibble + 1
        span(at + 1, size)
        return { UID: uint(at + 1, Math.min(size, 6)) }
      }
      case 0xa:
      case 0xc:
      case 0xd: {
        const { length, start } = lengthAt(at, nibble)
        const refs = type === 0xd ? length * 2 : length
        span(start, refs * refSize)
        expanding.add(ref)
        try {
          if (type !== 0xd) {
            const items: unknown[] = []
            for (let i = 0; i < length; i++) items.push(read(uint(start + i * refSize, refSize), depth + 1))
            return items
          }
          const dict: Record<string, unknown> = Object.create(null) as Record<string, unknown>
          for (let i = 0; i < length; i++) {
            const key = read(uint(start + i * refSize, refSize), depth + 1)
            if (typeof key !== 'string')
              throw new PlistRefused('the binary property list has a key that is not a string')
            dict[key] = read(uint(start + (length + i) * refSize, refSize), depth + 1)
          }
          return { ...dict }
        } finally {
          expanding.delete(ref)
        }
      }
      default:
        return refuse('the binary property list is damaged (unknown object type)')
    }
  }
  return read(topObject, 0)
}

/** A big-endian 64-bit unsigned integer as a number; anything past 2^53 is damage. */
function readBig(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64BE(at)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PlistRefused('the binary property list is damaged')
  return Number(value)
}
