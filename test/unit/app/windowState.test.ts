import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  WINDOW_SIZE,
  loadWindowBounds,
  saveWindowBounds,
  visibleBounds,
  windowTitle,
} from '../../../main/node/app/windowState'

const dirs: string[] = []
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'psso-window-'))
  dirs.push(dir)
  return path.join(dir, 'nested', 'window-state.json')
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const bounds = { x: 100, y: 80, width: 560, height: 640 }

describe('window bounds', () => {
  it('round-trips through the file and leaves no temporary file behind', async () => {
    const file = tempFile()
    await saveWindowBounds(file, bounds)
    expect(await loadWindowBounds(file)).toEqual(bounds)
    expect(readdirSync(path.dirname(file))).toEqual(['window-state.json'])
  })

  it('ignores a missing, damaged or nonsensical file', async () => {
    const file = tempFile()
    expect(await loadWindowBounds(file)).toBeNull()
    await saveWindowBounds(file, bounds)
    writeFileSync(file, '{"x": 1, "y": ')
    expect(await loadWindowBounds(file)).toBeNull()
    writeFileSync(file, JSON.stringify({ ...bounds, width: 10 }))
    expect(await loadWindowBounds(file)).toBeNull()
  })

  it('refuses to write bounds smaller than the window may be', async () => {
    const file = tempFile()
    await expect(saveWindowBounds(file, { ...bounds, height: WINDOW_SIZE.minHeight - 1 })).rejects.toThrow()
    expect(await loadWindowBounds(file)).toBeNull()
  })

  it('keeps the saved place only while its title bar is on a screen', () => {
    const laptop = { x: 0, y: 0, width: 1512, height: 944 }
    const external = { x: 1512, y: 0, width: 2560, height: 1415 }
    const onExternal = { x: 2000, y: 200, width: 560, height: 640 }
    expect(visibleBounds(onExternal, [laptop, external])).toEqual(onExternal)
    expect(visibleBounds(onExternal, [laptop])).toBeNull()
    expect(visibleBounds({ ...bounds, x: 1500 }, [laptop])).toBeNull()
    expect(visibleBounds(null, [laptop])).toBeNull()
  })
})

describe('windowTitle', () => {
  it('names the organisation when one is configured', () => {
    expect(windowTitle({ OrganizationName: 'Contoso' })).toBe('PSSO Helper – Contoso')
    expect(windowTitle({ OrganizationName: '  ' })).toBe('PSSO Helper')
    expect(windowTitle({ OrganizationName: null })).toBe('PSSO Helper')
  })
})
