/**
 * Checks a zip's central directory before anything is inflated: a bundle comes from outside, and a
 * few kilobytes of directory can name thousands of entries that share one compressed body (each
 * would be inflated again), or name one entry twice (the last would win). Refused: more entries
 * than a bundle has, duplicate names, entries whose bytes overlap, sizes past the caps, ZIP64 and
 * entries that lie outside the file. Only the entries the caller names are inflated afterwards.
 */

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  /** Inflated bytes of the entries read, together. */
  maxTotalBytes: number
}

export interface ZipEntryInfo {
  name: string
  compressedSize: number
  originalSize: number
  /** Where the entry's local header starts. */
  offset: number
}

export type ZipDirectoryResult = { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: string }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff

/** Reads and checks the directory; `wanted` names the entries whose sizes count against the caps. */
export function checkZipDirectory(
  bytes: Uint8Array,
  wanted: ReadonlySet<string>,
  limits: ZipLimits,
): ZipDirectoryResult {
  const refuse = (reason: string): ZipDirectoryResult => ({ ok: false, reason })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfDirectory(view)
  if (end < 0) return refuse('it is not a readable zip file')
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (count === 0xffff || directoryOffset === 0xffffffff)
    return refuse('it is a ZIP64 file, which bundles never are')
  if (count > limits.maxEntries)
    return refuse(`it has ${count} entries (a bundle has at most ${limits.maxEntries})`)
  if (directoryOffset + directorySize > end) return refuse('its directory lies outside the file')

  const entries: ZipEntryInfo[] = []
  const names = new Set<string>()
  let at = directoryOffset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      return refuse('its directory is damaged')
    const compressedSize = view.getUint32(at + 20, true)
    const originalSize = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const offset = view.getUint32(at + 42, true)
    if (at + 46 + nameLength > end) return refuse('its directory is damaged')
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8')
    if (names.has(name)) return refuse(`it names ${printable(name)} twice`)
    names.add(name)
    if (compressedSize === 0xffffffff || originalSize === 0xffffffff || offset === 0xffffffff)
      return refuse('it is a ZIP64 file, which bundles never are')
    if (wanted.has(name)) {
      if (originalSize > limits.maxEntryBytes)
        return refuse(
          `${printable(name)} would inflate to ${originalSize} bytes (at most ${limits.maxEntryBytes})`,
        )
      total += originalSize
      if (total > limits.maxTotalBytes)
        return refuse(`its entries would inflate to more than ${limits.maxTotalBytes} bytes`)
    }
    entries.push({ name, compressedSize, originalSize, offset })
    at += 46 + nameLength + extraLength + commentLength
  }

  // Each entry's local header and data must lie before the directory and apart from every other's.
  const spans: { start: number; end: number }[] = []
  for (const entry of entries) {
    if (entry.offset + 30 > directoryOffset || view.getUint32(entry.offset, true) !== LOCAL_HEADER)
      return refuse('an entry lies outside the file')
    const headerBytes = 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
    const span = { start: entry.offset, end: entry.offset + headerBytes + entry.compressedSize }
    if (span.end > directoryOffset) return refuse('an entry lies outside the file')
    spans.push(span)
  }
  spans.sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++)
    if (spans[i]!.start < spans[i - 1]!.end) return refuse('its entries overlap (a zip bomb)')
  return { ok: true, entries }
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES)
  for (let at = view.byteLength - END_RECORD_BYTES; at >= lowest; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  return -1
}

/** An entry name as a message shows it: no control characters, not too long. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return JSON.stringify(clean.length > 80 ? `${clean.slice(0, 80)}…` : clean)
}
