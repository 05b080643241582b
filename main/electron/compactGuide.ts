/**
 * The compact guide at the Electron edge: the main window becomes a small always-on-top panel at
 * the floating level beside System Settings, and returns to the size and place it had. The
 * geometry is main/node/app/compactGuide.ts.
 */
import type { BrowserWindow, Rectangle } from 'electron'
import { screen } from 'electron'
import { compactGuideBounds, COMPACT_GUIDE } from '../node/app/compactGuide'
import { WINDOW_SIZE } from '../node/app/windowState'

export interface CompactGuide {
  set: (mode: 'compact' | 'full') => void
  isCompact: () => boolean
}

export function createCompactGuide(getWindow: () => BrowserWindow | null): CompactGuide {
  let fullBounds: Rectangle | null = null
  const set = (mode: 'compact' | 'full') => {
    const window = getWindow()
    if (!window || window.isDestroyed()) return
    if (mode === 'compact') {
      if (fullBounds) return
      fullBounds = window.getBounds()
      const { workArea } = screen.getDisplayMatching(fullBounds)
      window.setMinimumSize(COMPACT_GUIDE.minWidth, 240)
      window.setAlwaysOnTop(true, 'floating')
      window.setBounds(compactGuideBounds(workArea), true)
      return
    }
    if (!fullBounds) return
    window.setAlwaysOnTop(false)
    window.setMinimumSize(WINDOW_SIZE.minWidth, WINDOW_SIZE.minHeight)
    window.setBounds(fullBounds, true)
    fullBounds = null
  }
  return { set, isCompact: () => fullBounds !== null }
}
