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
  // person.crop.circle.badge.questionmark, simplified: a person with a headset
  helpdesk: (
    <>
      <circle cx="10" cy="8" r="3" />
      <path d="M4.5 16.5c.9-2.4 3-3.7 5.5-3.7s4.6 1.3 5.5 3.7" />
      <path d="M5.5 8.5V8a4.5 4.5 0 0 1 9 0v.5" />
      <path d="M14.5 8.5v1.2c0 1-.8 1.8-1.8 1.8H11" />
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
  // gearshape
  settings: (
    <>
      <circle cx="10" cy="10" r="2.6" />
      <path d="M10 2.8v2M10 15.2v2M2.8 10h2M15.2 10h2M4.9 4.9l1.4 1.4M13.7 13.7l1.4 1.4M4.9 15.1l1.4-1.4M13.7 6.3l1.4-1.4" />
      <circle cx="10" cy="10" r="5.2" />
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
