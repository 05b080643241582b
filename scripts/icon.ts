/**
 * The app icon, from its one vector source (build/icon/icon.svg):
 * - build/icon.png, 1024 × 1024, rendered with resvg; electron-builder turns it into the app's .icns on
 *   the Mac that builds the pkg. The PNG carries the SHA-256 of the SVG it was rendered from (a tEXt
 *   chunk), so a test can tell a stale PNG without comparing pixels that differ by a shade between CPUs.
 * - renderer/assets/appIcon.ts, the SVG as a data: URL for an <img> in the window (the CSP allows data:
 *   images), in the generated-files list.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { pngChunk } from '../main/node/menubar/trayIcon'

export const ICON_SOURCE = 'build/icon/icon.svg'
export const ICON_PNG = 'build/icon.png'
export const ICON_MODULE = 'renderer/assets/appIcon.ts'
export const ICON_SIZE = 1024
/** The tEXt keyword under which the PNG records its source's hash. */
export const SOURCE_HASH_KEYWORD = 'psso-helper:source-sha256'

const root = path.resolve(import.meta.dirname, '..')
export const readIconSource = () => readFileSync(path.join(root, ICON_SOURCE), 'utf8')
export const sourceHash = (svg: string) => createHash('sha256').update(svg).digest('hex')

/** The PNG of `svg` at 1024 × 1024, with the source's hash in a tEXt chunk right after the header. */
export function renderIconPng(svg: string): Buffer {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: ICON_SIZE },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng()
  const headerEnd = 8 + 4 + 4 + 13 + 4 // signature, then the IHDR chunk (length, type, data, CRC)
  const text = pngChunk('tEXt', Buffer.from(`${SOURCE_HASH_KEYWORD}\0${sourceHash(svg)}`, 'latin1'))
  return Buffer.concat([png.subarray(0, headerEnd), text, png.subarray(headerEnd)])
}

/** Width, height and tEXt entries of a PNG; null when the bytes are not a PNG. */
export function readPngInfo(
  png: Buffer,
): { width: number; height: number; text: Record<string, string> } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (png.length < 33 || !png.subarray(0, 8).equals(signature)) return null
  const text: Record<string, string> = {}
  // Bounded: every chunk moves the offset forward by at least its 12-byte frame.
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    if (type === 'tEXt') {
      const data = png.toString('latin1', offset + 8, offset + 8 + length)
      const separator = data.indexOf('\0')
      if (separator > 0) text[data.slice(0, separator)] = data.slice(separator + 1)
    }
    if (type === 'IEND') break
    offset += 12 + length
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), text }
}

/** renderer/assets/appIcon.ts: the SVG without its comments, as a data: URL. */
export function appIconModule(svg: string): string {
  const compact = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim()
  const url = `data:image/svg+xml,${encodeURIComponent(compact).replace(/'/g, '%27')}`
  return `// Generated from ${ICON_SOURCE} by \`npm run generate\`. Do not edit.

/** The app icon (its vector source) as a data: URL, for an <img> in the window (the CSP allows data: images). */
export const APP_ICON_URL =
  '${url}'
`
}
