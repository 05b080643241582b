/**
 * A zip built from parts compressed once each: a part is deflated (zlib, on the thread pool) before
 * anyone decides whether it fits, and the same compressed bytes go into fflate's streaming `Zip`.
 */
import { promisify } from 'node:util'
import { crc32, deflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'

const deflateRawAsync = promisify(deflateRaw)
/** The zip format's method number for deflate. */
const DEFLATE = 8

export interface CompressedPart {
  path: string
  bytes: number
  compressed: Uint8Array
  crc: number
}

export async function compressPart(path: string, data: Uint8Array): Promise<CompressedPart> {
  const compressed = await deflateRawAsync(data, { level: 6 })
  return { path, bytes: data.length, compressed, crc: crc32(data) }
}

/** The zip of already compressed parts, in order. */
export function zipCompressedParts(parts: readonly CompressedPart[], mtime: Date): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error)
      chunks.push(chunk)
      if (final) resolve(concat(chunks))
    })
    for (const part of parts) {
      const entry: ZipInputFile = {
        filename: part.path,
        size: part.bytes,
        crc: part.crc,
        compression: DEFLATE,
        mtime,
      }
      zip.add(entry)
      entry.ondata!(null, part.compressed as Uint8Array<ArrayBuffer>, true)
    }
    zip.end()
  })
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
