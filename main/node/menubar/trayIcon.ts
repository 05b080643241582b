/**
 * The menu-bar icons, drawn in code as template images: black shapes on transparency that macOS
 * tints for light and dark menu bars (Electron treats an image as a template when it is marked so,
 * or when its file name ends in "Template"). A person with a small badge in the corner whose shape
 * tells the verdict (check, exclamation mark, cross, question mark), so no state relies on colour.
 */
import { crc32, deflateSync } from 'node:zlib'

export const TRAY_ICON_KINDS = ['healthy', 'attention', 'broken', 'unknown'] as const
export type TrayIconKind = (typeof TRAY_ICON_KINDS)[number]

/** The icon's size in points; macOS menu-bar icons are about 18 pt tall. */
export const TRAY_ICON_POINTS = 18

type Point = [number, number]

/** Distance from p to the segment a–b. */
function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay]
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** Whether a point (in points, 0–18) lies on a stroked polyline. */
const onStroke = (p: Point, line: Point[], width: number) =>
  line.some((a, i) => i > 0 && segmentDistance(p, line[i - 1]!, a) <= width / 2)

const arc = (cx: number, cy: number, r: number, from: number, to: number, steps = 10): Point[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const angle = ((from + ((to - from) * i) / steps) * Math.PI) / 180
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]
  })

const BADGE: { center: Point; radius: number } = { center: [13, 13], radius: 5 }

/** The glyph knocked out of the badge disc, as strokes (y grows downwards). */
const GLYPHS: Record<TrayIconKind, Point[][]> = {
  healthy: [
    [
      [10.6, 13.2],
      [12.4, 15],
      [15.5, 11.2],
    ],
  ],
  attention: [
    [
      [13, 10.2],
      [13, 13.6],
    ],
    [
      [13, 15.6],
      [13, 15.7],
    ],
  ],
  broken: [
    [
      [11, 11],
      [15, 15],
    ],
    [
      [15, 11],
      [11, 15],
    ],
  ],
  unknown: [
    [...arc(13, 11.7, 1.7, 180, 360 + 90, 12), [13, 13.9]],
    [
      [13, 15.7],
      [13, 15.8],
    ],
  ],
}

/** Coverage of one point: 1 where the icon is ink. */
function ink(kind: TrayIconKind, p: Point): boolean {
  const badgeDistance = Math.hypot(p[0] - BADGE.center[0], p[1] - BADGE.center[1])
  if (badgeDistance <= BADGE.radius) return !GLYPHS[kind].some((line) => onStroke(p, line, 1.3))
  // A gap around the badge keeps it readable against the person.
  if (badgeDistance <= BADGE.radius + 1.2) return false
  const head = Math.hypot(p[0] - 7.5, p[1] - 5) <= 3.2
  const shoulders = p[1] <= 16.5 && Math.hypot((p[0] - 7.5) / 6, (p[1] - 16.5) / 6) <= 1
  return head || shoulders
}

/** RGBA pixels at `scale` (1 for @1x, 2 for @2x), 4 x 4 samples per pixel for smooth edges. */
export function trayIconPixels(kind: TrayIconKind, scale: number): { size: number; rgba: Uint8Array } {
  const size = TRAY_ICON_POINTS * scale
  const rgba = new Uint8Array(size * size * 4)
  const samples = 4
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let hits = 0
      for (let sy = 0; sy < samples; sy += 1)
        for (let sx = 0; sx < samples; sx += 1)
          if (ink(kind, [(x + (sx + 0.5) / samples) / scale, (y + (sy + 0.5) / samples) / scale])) hits += 1
      rgba[(y * size + x) * 4 + 3] = Math.round((255 * hits) / (samples * samples)) // black, alpha = ink
    }
  }
  return { size, rgba }
}

/** A PNG of the icon: 8-bit RGBA, no filtering. */
export function trayIconPng(kind: TrayIconKind, scale: 1 | 2): Buffer {
  const { size, rgba } = trayIconPixels(kind, scale)
  const raw = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y += 1)
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** One PNG chunk: length, type, data and CRC (the app icon's generator writes its tEXt chunk with it). */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** The file name a template image needs when written to disk (e.g. for packaging). */
export const trayIconFileName = (kind: TrayIconKind, scale: 1 | 2) =>
  `tray-${kind}Template${scale === 2 ? '@2x' : ''}.png`
