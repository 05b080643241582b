import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { PASSWORD_CHANGED_TARGET, trayModel, type TrayModelInput } from '../../../main/node/menubar/trayMenu'
import {
  TRAY_ICON_KINDS,
  trayIconFileName,
  trayIconPixels,
  trayIconPng,
} from '../../../main/node/menubar/trayIcon'
import { macState } from '../../helpers/builtStates'

const input = (overrides: Partial<TrayModelInput>): TrayModelInput => ({
  state: macState('healthy'),
  checking: false,
  language: 'en',
  allowQuit: true,
  playbookFor: (id) => (id === 'user-needs-registration' ? 're-register' : null),
  ...overrides,
})
const labels = (model: ReturnType<typeof trayModel>) =>
  model.items.map((item) =>
    item.kind === 'separator' ? '—' : item.kind === 'label' ? `[${item.label}]` : item.label,
  )

describe('menu-bar model', () => {
  it('a healthy Mac: a quiet icon and no Fix it…, but "password changed or reset" with the Password method', () => {
    const model = trayModel(input({}))
    expect(model.icon).toBe('healthy')
    expect(model.title).toBe('')
    // The Mac sees a reset in Entra only at its next token refresh (up to 4 hours).
    expect(labels(model)).toEqual([
      '[Sign-in is working]',
      '—',
      'My password was changed or reset…',
      'Open PSSO Helper',
      'Copy support code',
      'Check now',
      '—',
      'Quit PSSO Helper',
    ])
    expect(model.fix).toBeNull()
  })

  it('a broken Mac: words beside the icon and Fix it… leading to the right playbook', () => {
    const model = trayModel(input({ state: macState('needsRegistration') }))
    expect(model.icon).toBe('broken')
    expect(model.title).toBe('Fix sign-in')
    expect(model.tooltip).toBe('PSSO Helper: Sign-in needs fixing')
    expect(labels(model).slice(0, 3)).toEqual(['[Sign-in needs fixing]', '—', 'Fix it…'])
    expect(model.fix).toEqual({ findingId: 'user-needs-registration', playbookId: 're-register' })
  })

  it('in Japanese', () => {
    const model = trayModel(input({ state: macState('needsRegistration'), language: 'ja', allowQuit: false }))
    expect(model.title).toBe('要修復')
    expect(labels(model)).toEqual([
      '[サインインの修復が必要です]',
      '—',
      '修復する…',
      'パスワードを変更した、またはリセットされた…',
      'PSSO Helper を開く',
      'サポートコードをコピー',
      '今すぐ確認',
    ])
  })

  it('leads "password changed or reset" to the password guide', () => {
    expect(PASSWORD_CHANGED_TARGET).toEqual({
      findingId: 'password-changed-in-entra',
      playbookId: 'password-reset',
    })
  })

  it('hides Quit when the configuration does not allow it', () => {
    const model = trayModel(input({ allowQuit: false }))
    expect(model.items.some((item) => item.kind === 'action' && item.id === 'quit')).toBe(false)
  })

  it('while checking: says so and disables Check now; before the first check nothing to copy', () => {
    const first = trayModel(input({ state: null, checking: true }))
    expect(first.icon).toBe('unknown')
    expect(labels(first)[0]).toBe('[Checking your Mac…]')
    const enabled = Object.fromEntries(
      first.items.flatMap((item) => (item.kind === 'action' ? [[item.id, item.enabled]] : [])),
    )
    expect(enabled).toEqual({ open: true, copySupportCode: false, checkNow: false, quit: true })
    expect(labels(trayModel(input({ checking: true })))[0]).toBe('[Sign-in is working · Checking your Mac…]')
  })

  it('an unreadable state shows the unknown icon and says it could not be read', () => {
    const model = trayModel(input({ state: macState('unreadable') }))
    expect(model.icon).toBe('unknown')
    expect(labels(model)[0]).toBe('[The sign-in state could not be read]')
  })
})

/** Decodes our own PNG (RGBA, filter 0) back to its alpha channel. */
function decodeAlpha(png: Buffer) {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  const size = png.readUInt32BE(16)
  const idat = png.subarray(41, 41 + png.readUInt32BE(33))
  const raw = inflateSync(idat)
  const pixels: number[][] = []
  for (let y = 0; y < size; y += 1) {
    const row = raw.subarray(y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1))
    for (let x = 0; x < size; x += 1)
      pixels.push([row[x * 4]!, row[x * 4 + 1]!, row[x * 4 + 2]!, row[x * 4 + 3]!])
  }
  return { size, pixels }
}

describe('menu-bar icons', () => {
  it('are monochrome template PNGs at 1x and 2x', () => {
    for (const kind of TRAY_ICON_KINDS) {
      for (const scale of [1, 2] as const) {
        const { size, pixels } = decodeAlpha(trayIconPng(kind, scale))
        expect(size).toBe(18 * scale)
        expect(pixels.every(([r, g, b]) => r === 0 && g === 0 && b === 0)).toBe(true)
        const inked = pixels.filter(([, , , a]) => a! > 128).length
        expect(inked).toBeGreaterThan(size * size * 0.2)
        expect(inked).toBeLessThan(size * size * 0.7)
      }
      expect(trayIconFileName(kind, 2)).toMatch(/Template@2x\.png$/)
    }
  })

  it('tell the verdicts apart by shape', () => {
    const shapes = TRAY_ICON_KINDS.map((kind) => Buffer.from(trayIconPixels(kind, 2).rgba).toString('base64'))
    expect(new Set(shapes).size).toBe(TRAY_ICON_KINDS.length)
  })
})
