// The compact guide: where the panel goes beside System Settings (pure geometry), and the Electron
// edge with Electron mocked: always on top at the floating level, back to the exact full bounds.
import { describe, expect, it, vi } from 'vitest'
import { compactGuideBounds, compactOnBlur, COMPACT_GUIDE } from '../../../main/node/app/compactGuide'
import { sessionAt } from '../../helpers/sessions'
import { WINDOW_SIZE } from '../../../main/node/app/windowState'

const electron = vi.hoisted(() => ({
  screen: { getDisplayMatching: vi.fn(() => ({ workArea: { x: 0, y: 25, width: 1440, height: 875 } })) },
}))
vi.mock('electron', () => electron)
const { createCompactGuide } = await import('../../../main/electron/compactGuide')

/** System Settings opens centred; its sheet (about 520 pt wide) is centred on it. */
const sheetRight = (workArea: { x: number; width: number }) => workArea.x + workArea.width / 2 + 260

describe('compact guide geometry', () => {
  it.each([
    { x: 0, y: 25, width: 1440, height: 875 },
    { x: 0, y: 25, width: 1280, height: 775 },
    { x: 1440, y: 0, width: 1920, height: 1055 },
  ])('sits at the right edge of %o, clear of the sheet’s buttons', (workArea) => {
    const bounds = compactGuideBounds(workArea)
    expect(bounds.x + bounds.width).toBe(workArea.x + workArea.width - COMPACT_GUIDE.margin)
    expect(bounds.y).toBe(workArea.y + COMPACT_GUIDE.margin)
    expect(bounds.width).toBeLessThanOrEqual(COMPACT_GUIDE.width)
    // Narrow enough for the renderer's compact layout (≤ 420 px).
    expect(bounds.width).toBeLessThanOrEqual(420)
    expect(bounds.x).toBeGreaterThan(sheetRight(workArea))
  })

  it('on a small screen keeps a usable width and stays on screen', () => {
    const small = { x: 0, y: 25, width: 1024, height: 400 }
    const bounds = compactGuideBounds(small)
    expect(bounds.width).toBe(COMPACT_GUIDE.minWidth)
    expect(bounds.height).toBe(400 - 2 * COMPACT_GUIDE.margin)
    expect(bounds.x).toBeGreaterThanOrEqual(small.x)
  })
})

describe('compact guide at the Electron edge', () => {
  const fakeWindow = () => {
    let bounds = { x: 300, y: 120, width: 560, height: 640 }
    return {
      isDestroyed: () => false,
      getBounds: () => bounds,
      setBounds: vi.fn((next: typeof bounds) => void (bounds = next)),
      setAlwaysOnTop: vi.fn(),
      setMinimumSize: vi.fn(),
    }
  }

  it('becomes a small floating panel and returns to where the window was', () => {
    const window = fakeWindow()
    const guide = createCompactGuide(() => window as never)
    guide.set('compact')
    expect(window.setAlwaysOnTop).toHaveBeenCalledWith(true, 'floating')
    expect(window.setBounds).toHaveBeenLastCalledWith(
      compactGuideBounds({ x: 0, y: 25, width: 1440, height: 875 }),
      true,
    )
    expect(guide.isCompact()).toBe(true)
    // Asked twice (the app opened Settings, then the user switched to it): the full bounds stay.
    guide.set('compact')
    guide.set('full')
    expect(window.setAlwaysOnTop).toHaveBeenLastCalledWith(false)
    expect(window.setMinimumSize).toHaveBeenLastCalledWith(WINDOW_SIZE.minWidth, WINDOW_SIZE.minHeight)
    expect(window.getBounds()).toEqual({ x: 300, y: 120, width: 560, height: 640 })
    expect(guide.isCompact()).toBe(false)
  })

  it('does nothing without a window, or when already full size', () => {
    const guide = createCompactGuide(() => null)
    expect(() => guide.set('compact')).not.toThrow()
    const window = fakeWindow()
    createCompactGuide(() => window as never).set('full')
    expect(window.setBounds).not.toHaveBeenCalled()
  })
})

describe('switching to System Settings by hand', () => {
  it('makes the compact guide while the stage is in System Settings, the password sheet included', () => {
    const at = (step: string, phase: 'step' | 'cancelled' = 'step') =>
      compactOnBlur(sessionAt(step, phase, { playbookId: 'password-reset' }).view)
    expect(at('open-users-and-groups')).toBe(true)
    expect(at('enter-mac-password')).toBe(true)
    expect(at('temporary-password')).toBe(false)
    expect(at('sign-in-microsoft')).toBe(false)
    expect(at('open-users-and-groups', 'cancelled')).toBe(false)
    expect(compactOnBlur(null)).toBe(false)
  })
})
