/**
 * Synthetic hostile inputs, built in the test run (nothing here comes from a real Mac): binary plists
 * whose shared references expand exponentially or loop, and zips whose directory lies.
 */
import { zipSync } from 'fflate'

/**
 * A binary plist of raw objects: each entry is `[marker byte, ...payload]`, references are 2-byte
 * object numbers, offsets 4 bytes; object 0 is the top.
 */
export function binaryPlistOf(objects: number[][]): Buffer {
  const header = Buffer.from('bplist00', 'latin1')
  const bodies = objects.map((bytes) => Buffer.from(bytes))
  const offsets: number[] = []
  let at = header.length
  for (const body of bodies) {
    offsets.push(at)
    at += body.length
  }
  const offsetTable = Buffer.alloc(offsets.length * 4)
  offsets.forEach((offset, i) => offsetTable.writeUInt32BE(offset, i * 4))
  const trailer = Buffer.alloc(32)
  trailer[6] = 4 // offset size
  trailer[7] = 2 // reference size
  trailer.writeBigUInt64BE(BigInt(objects.length), 8)
  trailer.writeBigUInt64BE(0n, 16)
  trailer.writeBigUInt64BE(BigInt(at), 24)
  return Buffer.concat([header, ...bodies, offsetTable, trailer])
}

const ref = (n: number) => [n >> 8, n & 0xff]

/** `levels` arrays, each holding the next one twice: 2^levels leaves from a few hundred bytes. */
export function exponentialPlist(levels = 29): Buffer {
  const objects: number[][] = []
  for (let level = 0; level < levels; level++) objects.push([0xa2, ...ref(level + 1), ...ref(level + 1)])
  objects.push([0x51, 0x78]) // the string "x"
  return binaryPlistOf(objects)
}

/** An array that contains itself. */
export const selfReferencingPlist = () => binaryPlistOf([[0xa1, ...ref(0)]])

/** A dictionary { key: "value" } written the way macOS writes a small preferences file. */
export const smallBinaryDictionary = () =>
  binaryPlistOf([
    [0xd1, ...ref(1), ...ref(2)],
    [0x53, ...Buffer.from('key')],
    [0x55, ...Buffer.from('value')],
  ])

/** An XML plist nested `levels` arrays deep (a few bytes a level). */
export const deepXmlPlist = (levels: number) =>
  `<?xml version="1.0"?><plist version="1.0">${'<array>'.repeat(levels)}${'</array>'.repeat(levels)}</plist>`

/** JSON nested `levels` arrays deep. */
export const deepJson = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`

/** A zip whose central directory lists `copies` entries named `name`, all sharing one compressed body. */
export function overlappingZip(
  name: string,
  body: Uint8Array,
  copies: number,
  distinctNames = false,
): Uint8Array {
  const single = zipSync({ [name]: [body, { level: 9 }] })
  // Layout of a one-entry zip: local header + data, central entry, end record.
  const eocd = single.length - 22
  const cdSize = new DataView(single.buffer, single.byteOffset).getUint32(eocd + 12, true)
  const cdOffset = new DataView(single.buffer, single.byteOffset).getUint32(eocd + 16, true)
  const local = single.subarray(0, cdOffset)
  const central = single.subarray(cdOffset, cdOffset + cdSize)
  const nameLength = new DataView(central.buffer, central.byteOffset).getUint16(28, true)
  const entries: Uint8Array[] = []
  for (let i = 0; i < copies; i++) {
    const entry = new Uint8Array(central)
    if (distinctNames) {
      // Same length, different last character(s): a distinct name pointing at the same body.
      const suffix = String(i).padStart(Math.min(nameLength, 5), '0').slice(-Math.min(nameLength, 5))
      for (let j = 0; j < suffix.length; j++)
        entry[46 + nameLength - suffix.length + j] = suffix.charCodeAt(j)
    }
    entries.push(entry)
  }
  const directory = Buffer.concat(entries)
  const end = Buffer.from(single.subarray(eocd))
  end.writeUInt16LE(Math.min(copies, 0xffff), 8)
  end.writeUInt16LE(Math.min(copies, 0xffff), 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(cdOffset, 16)
  return Buffer.concat([local, directory, end])
}
