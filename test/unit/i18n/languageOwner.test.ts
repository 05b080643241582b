// Main's language owner: the Language key, else the user's choice (kept in the data folder), else
// the system's list; every change reaches its subscribers. A bad file is no choice, never a crash.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LanguageSetting } from '../../../main/common/i18n'
import { createLanguageOwner, fileLanguageStore, LANGUAGE_FILE } from '../../../main/node/i18n/languageOwner'

let dataDir: string
beforeEach(() => void (dataDir = mkdtempSync(path.join(tmpdir(), 'psso-language-'))))
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

const owner = (configured: LanguageSetting, system: string[], savedChoice: LanguageSetting | null = null) =>
  createLanguageOwner({ configured: () => configured, systemLanguages: () => system, savedChoice })

describe('language owner', () => {
  it('follows the whole system list when nothing is set: fr-FR then ja-JP is Japanese', () => {
    expect(owner('system', ['fr-FR', 'ja-JP']).current()).toEqual({
      language: 'ja',
      setting: 'system',
      system: 'ja',
      configured: false,
    })
    expect(owner('system', ['de-DE']).current().language).toBe('en')
  })

  it('puts the user’s choice over the system, and the Language key over both', async () => {
    expect(owner('system', ['ja-JP'], 'en').current().language).toBe('en')
    const managed = owner('ja', ['en-US'], 'en')
    expect(managed.current()).toMatchObject({ language: 'ja', setting: 'ja', configured: true })
    await managed.choose('en')
    expect(managed.current().language).toBe('ja')
  })

  it('tells every subscriber once per change', async () => {
    const languages = owner('system', ['en-US'])
    const listener = vi.fn()
    languages.subscribe(listener)
    await languages.choose('ja')
    await languages.choose('ja')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ language: 'ja', setting: 'ja' }))
  })

  it('keeps the choice in force for this run when it cannot be saved', async () => {
    const onSaveError = vi.fn()
    const languages = createLanguageOwner({
      configured: () => 'system',
      systemLanguages: () => ['en-US'],
      save: async () => Promise.reject(new Error('disk full')),
      onSaveError,
    })
    expect((await languages.choose('ja')).language).toBe('ja')
    expect(onSaveError).toHaveBeenCalledOnce()
  })
})

describe('the choice in the data folder', () => {
  it('is written atomically (no temporary file left) and read back by the next run', async () => {
    const store = fileLanguageStore(path.join(dataDir, 'new folder'))
    expect(await store.load()).toBeNull()
    await store.save('ja')
    expect(readdirSync(path.join(dataDir, 'new folder'))).toEqual([LANGUAGE_FILE])
    expect(JSON.parse(readFileSync(path.join(dataDir, 'new folder', LANGUAGE_FILE), 'utf8'))).toEqual({
      language: 'ja',
    })
    expect(await store.load()).toBe('ja')
  })

  it.each(['not json', '{"language":"fr"}', '{"language":42}', 'null', `{"language":"${'x'.repeat(2000)}"}`])(
    'counts %s as no choice',
    async (text) => {
      writeFileSync(path.join(dataDir, LANGUAGE_FILE), text)
      expect(await fileLanguageStore(dataDir).load()).toBeNull()
    },
  )
})
