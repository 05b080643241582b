/**
 * The user's accent colour, read at the edge: `systemPreferences.getAccentColor()` (RRGGBBAA, macOS
 * and Windows). macOS emits no accent event, so a change is noticed through the system-colours
 * notification (and when the appearance switches between light and dark); the renderer turns the
 * value into CSS (main/common/appearance/accent.ts).
 */
import { nativeTheme, systemPreferences } from 'electron'

export function readAccentColor(platform: string = process.platform): string | null {
  if (platform !== 'darwin' && platform !== 'win32') return null
  try {
    const color = systemPreferences.getAccentColor()
    return /^[0-9a-f]{8}$/i.test(color) ? color : null
  } catch {
    return null
  }
}

/** Calls back with the new colour whenever it may have changed; returns the stop function. */
export function watchAccentColor(
  onChange: (color: string | null) => void,
  platform: string = process.platform,
) {
  let last = readAccentColor(platform)
  const check = () => {
    const now = readAccentColor(platform)
    if (now !== last) onChange((last = now))
  }
  const stops: (() => void)[] = []
  if (platform === 'darwin') {
    const id = systemPreferences.subscribeNotification('NSSystemColorsDidChangeNotification', check)
    stops.push(() => systemPreferences.unsubscribeNotification(id))
  } else if (platform === 'win32') {
    systemPreferences.on('accent-color-changed', check)
    stops.push(() => systemPreferences.off('accent-color-changed', check))
  }
  nativeTheme.on('updated', check)
  stops.push(() => nativeTheme.off('updated', check))
  return () => stops.forEach((stop) => stop())
}
