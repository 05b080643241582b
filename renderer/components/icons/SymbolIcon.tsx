/**
 * Toolbar symbols drawn in code, in the manner of SF Symbols (which an app may not ship as images
 * outside Apple's own frameworks): a 20-point grid, 1.6-point round strokes in the text colour, so
 * they follow light, dark and increased contrast like the text beside them. Always paired with a
 * visible label, so they are hidden from assistive technology.
 */

import type { ReactNode } from 'react'

export type SymbolName = 'status' | 'helpdesk' | 'about' | 'settings'

const SYMBOLS: Record<SymbolName, ReactNode> = {
  // checkmark.shield
  status: (
    <>
      <path d="M10 2.5 4 4.8v4.6c0 3.9 2.6 6.9 6 8.1 3.4-1.2 6-4.2 6-8.1V4.8Z" />
      <path d="m7.2 10 2 2 3.6-4" />
    </>
  ),
  // lifepreserver
  helpdesk: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <circle cx="10" cy="10" r="3.2" />
      <path d="m4.7 4.7 3 3M15.3 4.7l-3 3M4.7 15.3l3-3M15.3 15.3l-3-3" />
    </>
  ),
  // info.circle
  about: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <path d="M10 9v5" />
      <path d="M10 6.2v.1" />
    </>
  ),
  // gearshape: eight teeth as a dashed ring around the wheel
  settings: (
    <>
      <circle cx="10" cy="10" r="6.6" strokeWidth="2.8" strokeDasharray="2.59 2.59" strokeLinecap="butt" />
      <circle cx="10" cy="10" r="5" />
      <circle cx="10" cy="10" r="1.9" />
    </>
  ),
}

export function SymbolIcon({ name }: { name: SymbolName }) {
  return (
    <svg className="symbol" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {SYMBOLS[name]}
    </svg>
  )
}
