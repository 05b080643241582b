/**
 * Return activates the default button and Escape the cancelling one, as in every Mac dialog. One
 * listener for the window: the innermost open sheet (`[role="dialog"]`) wins, else the page. A key
 * pressed in a text field, a list or on another button keeps its own meaning (Return submits the
 * field's form, Space/Return press the focused button), so nothing fires twice.
 */
import { useEffect } from 'react'

const OWN_KEYS = 'input, textarea, select, button, a[href], summary, [contenteditable="true"]'

/** Where the keys apply: the open sheet if there is one, else the whole document. */
const scope = (doc: Document): ParentNode => {
  const sheets = doc.querySelectorAll('[role="dialog"][aria-modal="true"]')
  return sheets[sheets.length - 1] ?? doc
}

const enabledButton = (root: ParentNode, selector: string): HTMLButtonElement | null => {
  for (const element of root.querySelectorAll<HTMLButtonElement>(selector)) {
    if (!element.disabled && !element.closest('[hidden], [inert]')) return element
  }
  return null
}

/** The button a key stands for, or null when the key keeps its own meaning. */
export function buttonForKey(event: KeyboardEvent, doc: Document = document): HTMLButtonElement | null {
  if (event.defaultPrevented || event.isComposing || event.metaKey || event.ctrlKey || event.altKey)
    return null
  const target = event.target instanceof Element ? event.target : null
  if (event.key === 'Enter') {
    if (event.shiftKey || target?.closest(OWN_KEYS)) return null
    return enabledButton(scope(doc), '[data-default-action]')
  }
  if (event.key === 'Escape') return enabledButton(scope(doc), '[data-cancel-action]')
  return null
}

export function useDefaultActionKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const button = buttonForKey(event)
      if (!button) return
      event.preventDefault()
      button.click()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
