/**
 * The main window's remembered position (a small JSON file in userData, written atomically) and its
 * title. Plain Node so it is tested without Electron; main/electron/window.ts applies it.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { AppConfig } from '../../common/config/appConfig'
import { PRODUCT_NAME } from '../../common/identity'
import { readBoundedFile } from '../files/readBounded'
import { writeFileAtomic } from '../files/atomicWrite'

export const WINDOW_SIZE = { width: 560, height: 640, minWidth: 460, minHeight: 520 } as const
export const WINDOW_STATE_FILE = 'window-state.json'

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(WINDOW_SIZE.minWidth).max(10_000),
  height: z.number().int().min(WINDOW_SIZE.minHeight).max(10_000),
})
export type WindowBounds = z.infer<typeof boundsSchema>
export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The saved bounds, or null when there are none or the file is damaged (the window then centres). */
export async function loadWindowBounds(file: string): Promise<WindowBounds | null> {
  try {
    const read = await readBoundedFile(file, { maxBytes: 4096 })
    if (read.status !== 'ok') return null
    const parsed = boundsSchema.safeParse(JSON.parse(read.data.toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Writes to a temporary file and renames it, so a crash never leaves half a file. */
export async function saveWindowBounds(file: string, bounds: WindowBounds): Promise<void> {
  const valid = boundsSchema.parse(bounds)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, `${JSON.stringify(valid)}\n`)
}

/**
 * Saved bounds only if the window's title bar would still be on a screen (a display may have been
 * unplugged since); otherwise null.
 */
export function visibleBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rectangle[],
): WindowBounds | null {
  if (!saved) return null
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 28 }
  const overlap = (a: Rectangle, b: Rectangle) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
  return workAreas.some((area) => overlap(titleBar, area) >= 100 * 28 * 0.5) ? saved : null
}

/** "PSSO Helper", or "PSSO Helper – Contoso" when the organisation configured its name. */
export function windowTitle(config: Pick<AppConfig, 'OrganizationName'>): string {
  const organization = config.OrganizationName?.trim()
  return organization ? `${PRODUCT_NAME} – ${organization}` : PRODUCT_NAME
}
