// The catalogues and Intl formatting (a missing Japanese key is already a compile error).
import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/i18n/en'
import { ja } from '../../../renderer/i18n/ja'
import { effectiveLanguage, formatRelative, systemLanguage, translate } from '../../../renderer/i18n'

describe('catalogues', () => {
  it('has no empty text and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ja[key].trim(), key).not.toBe('')
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(ja[key]), key).toEqual(names(en[key]))
    }
  })

  it('writes the names macOS shows in Japanese as Apple does', () => {
    expect(translate('ja', 'action.openSettings', { pane: translate('ja', 'pane.usersAndGroups') })).toBe(
      '「ユーザとグループ」を開く',
    )
    expect(Object.values(ja).join('')).not.toContain('ユーザー')
  })
})

describe('language choice', () => {
  it('takes the first preferred language it has, English otherwise', () => {
    expect(systemLanguage(['fr-FR', 'ja-JP', 'en-US'])).toBe('ja')
    expect(systemLanguage(['de-DE'])).toBe('en')
    expect(systemLanguage([])).toBe('en')
    expect(effectiveLanguage('en', ['ja-JP'])).toBe('en')
    expect(effectiveLanguage('system', ['ja'])).toBe('ja')
  })
})

describe('relative times', () => {
  const now = new Date('2026-11-21T10:00:00Z')
  it('uses the largest unit that fits, in the chosen language', () => {
    expect(formatRelative('2026-11-18T09:00:00Z', now, 'en')).toBe('3 days ago')
    expect(formatRelative('2026-11-18T09:00:00Z', now, 'ja')).toBe('3 日前')
    expect(formatRelative('2026-11-21T15:00:00Z', now, 'en')).toBe('in 5 hours')
    expect(formatRelative('2026-11-21T09:59:50Z', now, 'en')).toBe('just now')
  })
})
