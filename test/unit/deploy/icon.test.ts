// The app icon comes from one vector source: build/icon.png must be its current rendering, at the size
// electron-builder needs for the .icns (1024 × 1024).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICON_PNG,
  ICON_SIZE,
  readIconSource,
  readPngInfo,
  renderIconPng,
  SOURCE_HASH_KEYWORD,
  sourceHash,
} from '../../../scripts/icon'
import { REPO } from '../../helpers/fakeSysroot'

const committed = readFileSync(path.join(REPO, ICON_PNG))

describe('build/icon.png', () => {
  it('is a 1024 × 1024 PNG rendered from the current build/icon/icon.svg (npm run generate)', () => {
    const info = readPngInfo(committed)
    expect(info).toMatchObject({ width: ICON_SIZE, height: ICON_SIZE })
    expect(info!.text[SOURCE_HASH_KEYWORD]).toBe(sourceHash(readIconSource()))
  })

  it('records a different hash once the source changes (the staleness check can fail)', () => {
    const changed = readIconSource().replace('#1F9D55', '#D1242F')
    const info = readPngInfo(renderIconPng(changed))
    expect(info).toMatchObject({ width: ICON_SIZE, height: ICON_SIZE })
    expect(info!.text[SOURCE_HASH_KEYWORD]).toBe(sourceHash(changed))
    expect(info!.text[SOURCE_HASH_KEYWORD]).not.toBe(sourceHash(readIconSource()))
  })

  it.each([
    ['empty', Buffer.alloc(0)],
    ['not a PNG', Buffer.from('GIF89a and then some more bytes to pass the size check')],
    ['a truncated PNG', committed.subarray(0, 20)],
  ])('readPngInfo answers null for %s', (_name, bytes) => {
    expect(readPngInfo(bytes)).toBeNull()
  })
})
