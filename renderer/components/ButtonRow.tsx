/**
 * The row of buttons at the bottom of a screen, as macOS lays out a dialog: right-aligned, the default
 * button last (rightmost), Cancel or Back to its left. Mark the default button `data-default-action`
 * (Return activates it) and the cancelling one `data-cancel-action` (Escape activates it); the keys
 * are handled once for the window by useDefaultActionKeys.
 */
import type { ReactNode } from 'react'

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="button-row">{children}</div>
}
