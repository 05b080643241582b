// The one text catalogue: every language has every key with the same placeholders and plural
// arguments; the filler, the language matching (window, tray, notifications, CLI) and relative times.
import { describe, expect, it } from 'vitest'
import {
  CATALOGUES,
  fill,
  LANGUAGES,
  matchLanguage,
  placeholdersOf,
  relativeTime,
  resolveLanguage,
  t,
  terminalLanguage,
  type TextKey,
} from '../../../main/common/i18n'
import { formatRelative } from '../../../renderer/i18n'

const KEYS = Object.keys(CATALOGUES.en) as TextKey[]

describe('every language has every key', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s: exactly the English keys', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...KEYS].sort())
  })

  it.each(LANGUAGES)(
    '%s: the same placeholders and plural arguments as English, no empty text',
    (language) => {
      for (const key of KEYS) {
        const text = CATALOGUES[language][key]
        // The tray's title is empty on purpose where all is well (a quiet menu bar).
        if (!key.startsWith('tray.title.')) expect(text.trim(), key).not.toBe('')
        expect(placeholdersOf(text), key).toEqual(placeholdersOf(CATALOGUES.en[key]))
      }
    },
  )

  it('has every namespace the app speaks from', () => {
    const namespaces = new Set(KEYS.map((key) => key.split('.')[0]))
    for (const namespace of ['playbook', 'finding', 'tray', 'notification', 'timeline', 'cli', 'config'])
      expect(namespaces, namespace).toContain(namespace)
  })

  it('writes the names macOS shows in Japanese as Apple does', () => {
    expect(t('ja', 'action.openSettings', { pane: t('ja', 'pane.usersAndGroups') })).toBe(
      '「ユーザとグループ」を開く',
    )
    expect(Object.values(CATALOGUES.ja).join('')).not.toContain('ユーザー')
  })
})

describe('placeholders', () => {
  it('fills names and leaves an unknown one visible', () => {
    expect(fill('Verdict {verdict} since {when}', { verdict: 'broken' })).toBe('Verdict broken since {when}')
  })

  it('chooses ICU plural cases with the language’s plural rules', () => {
    const days = '{count, plural, =0 {today} one {# day} other {# days}} left'
    expect(fill(days, { count: 0 }, 'en')).toBe('today left')
    expect(fill(days, { count: 1 }, 'en')).toBe('1 day left')
    expect(fill(days, { count: 1200 }, 'en')).toBe('1,200 days left')
    expect(fill('{count, plural, other {# 日}}', { count: 1 }, 'ja')).toBe('1 日')
    expect(placeholdersOf(`${days} {who}`)).toEqual(['count:plural', 'who'])
  })

  it('takes linear time on hostile templates', () => {
    const hostile = `${'{a, plural, one {'.repeat(5000)}x`
    const started = performance.now()
    expect(fill(hostile, { a: 1 })).toBe(hostile)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('language matching, the same everywhere', () => {
  it('walks the whole preferred list: fr-FR then ja-JP is Japanese', () => {
    expect(matchLanguage(['fr-FR', 'ja-JP', 'en-US'])).toBe('ja')
    expect(matchLanguage(['de-DE'])).toBe('en')
    expect(matchLanguage([])).toBe('en')
    expect(matchLanguage(['JA_jp'])).toBe('ja')
    expect(resolveLanguage('en', ['ja-JP'])).toBe('en')
    expect(resolveLanguage('system', ['ja'])).toBe('ja')
  })

  it('reads a terminal’s LC_ALL before LANG; C and POSIX name no language', () => {
    expect(terminalLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('ja')
    expect(terminalLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en')
    expect(terminalLanguage({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja')
    expect(terminalLanguage({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('ja')
    expect(terminalLanguage({})).toBe('en')
  })
})

describe('relative times', () => {
  const now = Date.parse('2026-11-21T10:00:00Z')
  it('uses the largest unit that fits, in the chosen language', () => {
    expect(relativeTime(Date.parse('2026-11-18T09:00:00Z'), now, 'en')).toBe('3 days ago')
    expect(relativeTime(Date.parse('2026-11-18T09:00:00Z'), now, 'ja')).toBe('3 日前')
    expect(relativeTime(Date.parse('2026-11-21T15:00:00Z'), now, 'en')).toBe('in 5 hours')
    expect(relativeTime(now - 20_000, now, 'en')).toBe('this minute')
    expect(relativeTime(now - 40 * 86_400_000, now, 'en', { largest: 'day' })).toBe('40 days ago')
    expect(formatRelative('2026-11-21T09:59:50Z', new Date(now), 'en')).toBe('just now')
  })
})
