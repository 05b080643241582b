// A crash during a bundle write leaves `.NAME.zip.<hex>.tmp` (synthetic leftovers, made here): the
// next write to that folder removes the app's own stale ones and nothing else.
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { STALE_TEMPORARY_MS, writeFileAtomic } from '../../../main/node/files/atomicWrite'

describe('stale temporaries', () => {
  it('the next write removes a crashed write’s old temporary, keeps a fresh one and every other file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-atomic-'))
    const stale = '.diagnostics.zip.0123456789ab.tmp'
    const fresh = '.diagnostics.zip.ba9876543210.tmp'
    const others = ['.diagnostics.zip.tmp', 'notes.0123456789ab.tmp', '.x.0123456789AB.tmp', 'keep.zip']
    for (const name of [stale, fresh, ...others]) writeFileSync(path.join(dir, name), 'x', { mode: 0o600 })
    const old = (Date.now() - STALE_TEMPORARY_MS - 60_000) / 1000
    for (const name of [stale, ...others]) utimesSync(path.join(dir, name), old, old)

    await writeFileAtomic(path.join(dir, 'other.zip'), 'new')

    expect(readdirSync(dir).sort()).toEqual([fresh, ...others, 'other.zip'].sort())
  })
})
