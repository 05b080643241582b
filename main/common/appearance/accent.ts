/**
 * The user's accent colour, made safe to carry text: macOS reports it as `RRGGBBAA`; a filled button
 * needs a label that reads at 4.5:1 (WCAG AA). White labels are the Mac's convention, so the fill
 * is darkened a little until white reads (the system blue needs about 10 %); a light accent (yellow,
 * the light graphite) keeps its colour and takes a dark label instead.
 */

export interface Rgb {
  r: number
  g: number
  b: number
}

export interface AccentColours {
  /** The user's colour as CSS (`#rrggbb`): focus rings, the selected segment, progress. */
  accent: string
  /** The fill of default buttons: the accent, darkened just enough for a white label if needed. */
  fill: string
  /** The label on `fill`: white or near-black, whichever reads at 4.5:1. */
  contrast: string
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const DARK: Rgb = { r: 0x1d, g: 0x1d, b: 0x1f }
const AA = 4.5
/** How far a fill may be darkened before it stops looking like the user's colour. */
const MAX_DARKEN = 0.3

/** `RRGGBB` or `RRGGBBAA`, with or without `#`; anything else is null (the default blue applies). */
export function parseAccentColor(value: string | null | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(value?.trim() ?? '')
  if (!match) return null
  const n = Number.parseInt(match[1]!, 16)
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff }
}

const channel = (value: number) => {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance. */
const luminance = ({ r, g, b }: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const toCss = ({ r, g, b }: Rgb) =>
  `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`

const darken = ({ r, g, b }: Rgb, amount: number): Rgb => ({
  r: r * (1 - amount),
  g: g * (1 - amount),
  b: b * (1 - amount),
})

export function accentColours(color: Rgb): AccentColours {
  const accent = toCss(color)
  for (let amount = 0; amount <= MAX_DARKEN + 1e-9; amount += 0.02) {
    const fill = darken(color, amount)
    if (contrastRatio(WHITE, fill) >= AA) return { accent, fill: toCss(fill), contrast: '#ffffff' }
  }
  return { accent, fill: accent, contrast: toCss(DARK) }
}
