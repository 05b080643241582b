import { describe, expect, it } from 'vitest'
import { historyRecordFromState } from '../../../main/common/history/historyRecord'
import { relativeTime } from '../../../main/common/i18n'
import { summarizeHistory } from '../../../main/common/history/timeline'
import { macState } from '../../helpers/builtStates'

// Healthy with tokens refreshed on 9 Nov, then the password reset breaks registration on 12 Nov.
const history = [
  historyRecordFromState(macState('healthy', '2026-11-08T10:00:00Z', '2026-11-08T10:00:00Z')),
  historyRecordFromState(macState('healthy', '2026-11-09T16:30:00Z', '2026-11-09T16:30:00Z')),
  historyRecordFromState(macState('needsRegistration', '2026-11-12T09:14:00Z', '2026-11-09T16:30:00Z')),
  historyRecordFromState(macState('unreadable', '2026-11-12T09:44:00Z')),
  historyRecordFromState(macState('needsRegistration', '2026-11-12T10:14:00Z', '2026-11-09T16:30:00Z')),
]
const now = Date.parse('2026-11-12T18:00:00Z')

describe('history timeline', () => {
  it('states the headline facts in English', () => {
    const summary = summarizeHistory(history, { now, language: 'en', locale: 'en-GB', timeZone: 'UTC' })
    expect(summary.headlines).toEqual([
      'Verdict broken since 12 Nov at 10:14',
      'SSO tokens last refreshed 3 days ago',
      'Registration lost on 12 Nov at 09:14',
    ])
  })

  it('states the same facts in Japanese, in the given time zone', () => {
    const summary = summarizeHistory(history, {
      now,
      language: 'ja',
      locale: 'ja-JP',
      timeZone: 'Asia/Tokyo',
    })
    expect(summary.headlines).toEqual([
      '11月12日 19:14 から判定は「問題あり」です',
      'SSO トークンの最終更新: 3 日前',
      '登録が失われた日時: 11月12日 18:14',
    ])
  })

  it('lists each transition newest first with what changed', () => {
    const { entries } = summarizeHistory(history, { now, language: 'en', locale: 'en-GB', timeZone: 'UTC' })
    expect(entries.map((entry) => [entry.when, entry.changes])).toEqual([
      ['12 Nov at 10:14', ['Verdict unknown → broken']],
      ['12 Nov at 09:44', ['Verdict broken → unknown']],
      ['12 Nov at 09:14', ['Verdict healthy → broken', 'Registration lost']],
      ['9 Nov at 16:30', ['SSO tokens refreshed']],
      ['8 Nov at 10:00', ['First check: healthy']],
    ])
    expect(entries[2]!.findings).toEqual(['user-needs-registration'])
  })

  it('sees a registration lost across an unreadable check in between', () => {
    const gap = [history[1]!, history[3]!, history[2]!]
    const { entries } = summarizeHistory(gap, { now, language: 'en', timeZone: 'UTC' })
    expect(entries[0]!.changes).toEqual(['Verdict unknown → broken', 'Registration lost'])
  })

  it('keeps only the newest entries when asked for fewer', () => {
    const { entries } = summarizeHistory(history, { now, language: 'en', timeZone: 'UTC', limit: 2 })
    expect(entries.map((entry) => entry.at)).toEqual(['2026-11-12T10:14:00Z', '2026-11-12T09:44:00Z'])
  })

  it('says so when there is no history', () => {
    expect(summarizeHistory([], { now, language: 'ja' })).toEqual({
      headlines: ['履歴はまだありません'],
      entries: [],
    })
  })

  it('picks the largest whole unit for relative times', () => {
    expect(relativeTime(now - 90 * 60_000, now, 'en')).toBe('1 hour ago')
    expect(relativeTime(now - 5 * 60_000, now, 'ja')).toBe('5 分前')
    expect(relativeTime(now - 20_000, now, 'en')).toBe('this minute')
  })
})
