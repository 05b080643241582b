/**
 * Where the compact guide goes: a narrow panel at the right edge of the screen's work area, beside
 * System Settings. System Settings opens centred and its sheets (Edit…, the Mac password) sit
 * centred on it with their buttons at the sheet's right, so the panel keeps clear of the middle of
 * the screen plus half a sheet. Pure, so it is tested without Electron (main/electron/compactGuide.ts
 * applies it).
 */
import { findStep } from '../../common/repair/session'
import { isInSystemSettings, type RepairSession } from '../../common/repair/types'
import type { Rectangle } from './windowState'

export const COMPACT_GUIDE = {
  /** The renderer's narrow mode starts at 420 px: the guide is narrower, so it shows the checklist only. */
  width: 340,
  minWidth: 260,
  height: 460,
  margin: 12,
  /** Half the width of a System Settings sheet plus its shadow: the sheet's OK button stays visible. */
  sheetHalfWidth: 270,
} as const

export function compactGuideBounds(workArea: Rectangle): Rectangle {
  const { width, minWidth, height, margin, sheetHalfWidth } = COMPACT_GUIDE
  const right = workArea.x + workArea.width - margin
  const clearOfSheet = workArea.x + workArea.width / 2 + sheetHalfWidth + margin
  const guideWidth = Math.round(Math.max(minWidth, Math.min(width, right - clearOfSheet)))
  const guideHeight = Math.round(Math.min(height, workArea.height - 2 * margin))
  return {
    x: Math.round(right - guideWidth),
    y: Math.round(workArea.y + margin),
    width: guideWidth,
    height: guideHeight,
  }
}

/** The user switched away from the window while their repair's stage is in System Settings. */
export const compactOnBlur = (session: RepairSession | null): boolean =>
  session?.outcome === 'inProgress' && isInSystemSettings(findStep(session)?.place)
