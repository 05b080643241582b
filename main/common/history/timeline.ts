/**
 * The history, told for a helpdesk agent: a few headline facts ("tokens last refreshed 3 days
 * ago", "registration lost on 12 Nov at 09:14", "verdict broken since …") and one timeline entry per
 * transition, newest first. Pure: the clock, language, locale and time zone are passed in.
 */
import type { VerdictStatus } from '../model/macState'
import type { HistoryRecord } from './historyRecord'

export type TimelineLanguage = 'en' | 'ja'

export interface TimelineOptions {
  now: number
  language: TimelineLanguage
  /** BCP 47 locale for dates, e.g. en-GB or ja-JP; defaults to the language. */
  locale?: string
  /** IANA time zone; defaults to the runtime's. */
  timeZone?: string
  /** The most entries to return (newest kept). */
  limit?: number
}

export interface TimelineEntry {
  at: string
  /** `at` in the reader's locale and zone, e.g. "12 Nov at 09:14". */
  when: string
  verdict: VerdictStatus
  /** What changed at this point, one short phrase each. */
  changes: string[]
  findings: HistoryRecord['findings']
}

export interface HistorySummary {
  headlines: string[]
  entries: TimelineEntry[]
}

const VERDICT_LABELS: Record<TimelineLanguage, Record<VerdictStatus, string>> = {
  en: {
    healthy: 'healthy',
    attention: 'needs attention',
    broken: 'broken',
    notConfigured: 'not set up',
    unknown: 'unknown',
  },
  ja: { healthy: '正常', attention: '要確認', broken: '問題あり', notConfigured: '未設定', unknown: '不明' },
}

const TEXTS = {
  en: {
    verdictSince: (verdict: string, when: string) => `Verdict ${verdict} since ${when}`,
    tokensRefreshed: (ago: string) => `SSO tokens last refreshed ${ago}`,
    registrationLost: (when: string) => `Registration lost on ${when}`,
    dateTime: (date: string, time: string) => `${date} at ${time}`,
    first: (verdict: string) => `First check: ${verdict}`,
    verdictChanged: (from: string, to: string) => `Verdict ${from} → ${to}`,
    lost: 'Registration lost',
    restored: 'Registered again',
    refreshed: 'SSO tokens refreshed',
    method: (from: string, to: string) => `Method ${from} → ${to}`,
    empty: 'No history yet',
  },
  ja: {
    verdictSince: (verdict: string, when: string) => `${when} から判定は「${verdict}」です`,
    tokensRefreshed: (ago: string) => `SSO トークンの最終更新: ${ago}`,
    registrationLost: (when: string) => `登録が失われた日時: ${when}`,
    dateTime: (date: string, time: string) => `${date} ${time}`,
    first: (verdict: string) => `最初の確認: ${verdict}`,
    verdictChanged: (from: string, to: string) => `判定 ${from} → ${to}`,
    lost: '登録が失われました',
    restored: '再登録されました',
    refreshed: 'SSO トークンが更新されました',
    method: (from: string, to: string) => `方式 ${from} → ${to}`,
    empty: '履歴はまだありません',
  },
} satisfies Record<TimelineLanguage, Record<string, unknown>>

/** Registered means: device and user registered, and the user's state does not ask for registration. */
function isRegistered(record: HistoryRecord): boolean | null {
  if (record.deviceRegistered === false || record.userRegistered === false) return false
  if (record.userStateClass === 'needsRegistration') return false
  if (record.deviceRegistered === true && record.userRegistered === true) return true
  return null
}

export function summarizeHistory(
  records: readonly HistoryRecord[],
  options: TimelineOptions,
): HistorySummary {
  const { language, now, limit = 50 } = options
  const text = TEXTS[language]
  const labels = VERDICT_LABELS[language]
  const locale = options.locale ?? language
  const zone = options.timeZone === undefined ? {} : { timeZone: options.timeZone }
  const dateFormat = new Intl.DateTimeFormat(
    locale,
    language === 'ja'
      ? { month: 'long', day: 'numeric', ...zone }
      : { month: 'short', day: 'numeric', ...zone },
  )
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  })
  const when = (iso: string) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime())
      ? iso
      : text.dateTime(dateFormat.format(date), timeFormat.format(date))
  }

  const latest = records.at(-1)
  if (!latest) return { headlines: [text.empty], entries: [] }

  const headlines: string[] = []
  let since = records.length - 1
  while (since > 0 && records[since - 1]!.verdict === latest.verdict) since -= 1
  headlines.push(text.verdictSince(labels[latest.verdict], when(records[since]!.at)))

  const refreshed = records.findLast((record) => record.tokensReceivedAt !== null)?.tokensReceivedAt
  if (refreshed) headlines.push(text.tokensRefreshed(relativeTime(Date.parse(refreshed), now, locale)))

  // Registration and tokens compare with the last record that knew them, so an unreadable check
  // in between neither hides a change nor invents one.
  let known: KnownFacts = { registered: null, tokensReceivedAt: null }
  const entries: TimelineEntry[] = records.map((record, index) => {
    const previous = index > 0 ? records[index - 1]! : null
    const changes = previous
      ? describeChanges(previous, known, record, language)
      : [text.first(labels[record.verdict])]
    known = {
      registered: isRegistered(record) ?? known.registered,
      tokensReceivedAt: record.tokensReceivedAt ?? known.tokensReceivedAt,
    }
    return {
      at: record.at,
      when: when(record.at),
      verdict: record.verdict,
      changes,
      findings: record.findings,
    }
  })
  const lost = entries.findLast((entry) => entry.changes.includes(text.lost))
  if (lost) headlines.push(text.registrationLost(lost.when))

  return { headlines, entries: entries.reverse().slice(0, limit) }
}

interface KnownFacts {
  registered: boolean | null
  tokensReceivedAt: string | null
}

function describeChanges(
  previous: HistoryRecord,
  known: KnownFacts,
  record: HistoryRecord,
  language: TimelineLanguage,
): string[] {
  const text = TEXTS[language]
  const labels = VERDICT_LABELS[language]
  const changes: string[] = []
  if (previous.verdict !== record.verdict)
    changes.push(text.verdictChanged(labels[previous.verdict], labels[record.verdict]))
  const registered = isRegistered(record)
  if (known.registered === true && registered === false) changes.push(text.lost)
  if (known.registered === false && registered === true) changes.push(text.restored)
  if (record.tokensReceivedAt !== null && record.tokensReceivedAt !== known.tokensReceivedAt)
    changes.push(text.refreshed)
  if (previous.method !== null && record.method !== null && previous.method !== record.method)
    changes.push(text.method(previous.method, record.method))
  return changes
}

/** "3 days ago", "3 日前": the largest whole unit that fits. */
export function relativeTime(then: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const seconds = Math.round((then - now) / 1000)
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ]
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return format.format(0, 'minute')
}
