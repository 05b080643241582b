/**
 * Return activates the screen's default button (the one marked `data-default-action`) when the
 * focus is not on another control; Escape cancels. The same mark is what the measured journey
 * (test/e2e/journey.ts) presses, so the keyboard and the mouse paths are one path.
 */
import { useEffect, type RefObject } from 'react'

export const DEFAULT_ACTION = { 'data-default-action': '' } as const

const isControl = (element: Element | null) =>
  !!element && /^(BUTTON|A|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(element.tagName)

export function useDefaultKeys(scope: RefObject<HTMLElement | null>, onEscape?: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = scope.current
      if (!root || event.defaultPrevented || event.isComposing) return
      if (event.key === 'Escape' && onEscape) {
        event.preventDefault()
        onEscape()
        return
      }
      if (event.key !== 'Enter' || isControl(document.activeElement)) return
      const button = root.querySelector<HTMLButtonElement>('[data-default-action]')
      if (button && !button.disabled) {
        event.preventDefault()
        button.click()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [scope, onEscape])
}
