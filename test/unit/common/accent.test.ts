// The accent colour: macOS's RRGGBBAA read safely, and a default-button label that always reads.
import { describe, expect, it } from 'vitest'
import {
  accentColours,
  contrastRatio,
  parseAccentColor,
  type Rgb,
} from '../../../main/common/appearance/accent'

const rgb = (hex: string) => parseAccentColor(hex)!
const label = (colours: { fill: string; contrast: string }) =>
  contrastRatio(rgb(colours.fill), rgb(colours.contrast))

// The accent colours System Settings › Appearance offers (light appearance), as macOS reports them.
const MAC_ACCENTS: Record<string, string> = {
  blue: '007affff',
  purple: '953d96ff',
  pink: 'f74f9eff',
  red: 'e0383eff',
  orange: 'f7821bff',
  yellow: 'ffc600ff',
  green: '62ba46ff',
  graphite: '8c8c8cff',
  darkBlue: '0a84ffff',
}

describe('parseAccentColor', () => {
  it('reads RRGGBBAA and RRGGBB, ignoring the alpha', () => {
    expect(parseAccentColor('007affff')).toEqual({ r: 0, g: 0x7a, b: 0xff })
    expect(parseAccentColor('#0A84FF')).toEqual({ r: 0x0a, g: 0x84, b: 0xff })
  })

  it('refuses anything else, so the default applies', () => {
    for (const bad of [null, undefined, '', 'blue', '12345', '007affff00', 'url(x)', '#gg0000'])
      expect(parseAccentColor(bad)).toBeNull()
  })
})

describe('accentColours', () => {
  it('gives every macOS accent a default-button label at 4.5:1 or better', () => {
    for (const [name, hex] of Object.entries(MAC_ACCENTS)) {
      expect(label(accentColours(rgb(hex))), name).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keeps white labels on the system blue, darkening the fill only a little', () => {
    const blue = accentColours(rgb('007aff'))
    expect(blue.accent).toBe('#007aff')
    expect(blue.contrast).toBe('#ffffff')
    const fill = rgb(blue.fill)
    // Still the system blue to the eye: the blue channel stays high.
    expect(fill.b).toBeGreaterThan(0xdd)
    expect(contrastRatio(rgb('007aff'), { r: 255, g: 255, b: 255 })).toBeLessThan(4.5)
  })

  it('gives a light accent (yellow) a dark label on its own colour', () => {
    const yellow = accentColours(rgb('ffc600'))
    expect(yellow.fill).toBe('#ffc600')
    expect(yellow.contrast).toBe('#1d1d1f')
  })

  it('leaves a dark accent as it is', () => {
    const purple: Rgb = rgb('5b2a86')
    expect(accentColours(purple)).toEqual({ accent: '#5b2a86', fill: '#5b2a86', contrast: '#ffffff' })
  })
})

describe('the stylesheet’s default accent', () => {
  it('is what accentColours gives the system blue, light and dark', async () => {
    const { readFile } = await import('node:fs/promises')
    const css = await readFile(new URL('../../../renderer/styles.css', import.meta.url), 'utf8')
    const fills = [...css.matchAll(/--accent: (#[0-9a-f]{6});\s+--accent-fill: (#[0-9a-f]{6});/g)]
    expect(fills.map((m) => m[1])).toEqual(['#007aff', '#0a84ff'])
    for (const [, accent, fill] of fills) expect(accentColours(rgb(accent!)).fill).toBe(fill)
  })
})
