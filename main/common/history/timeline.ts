/**
 * The history, told for a helpdesk agent: a few headline facts ("tokens last refreshed 3 days
 * ago", "registration lost on 12 Nov at 09:14", "verdict broken since …") and one timeline entry per
 * transition, newest first. Pure: the clock, language, locale and time zone are passed in.
 */
import type { MacFacts, VerdictStatus } from '../model/macState'
import { activeLogEvents } from '../diagnosis/rules'
import { relativeTime, t, type Language, type TextKey, type TextValues } from '../i18n'
import type { HistoryRecord } from './historyRecord'

export interface TimelineOptions {
  now: number
  language: Language
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

type TimelineText = TextKey extends infer K ? (K extends `timeline.${infer Rest}` ? Rest : never) : never

/** The timeline's words in a language: keys of the catalogue's `timeline.*` namespace. */
const wordsIn = (language: Language) => ({
  text: (key: TimelineText, values?: TextValues) => t(language, `timeline.${key}`, values),
  verdict: (verdict: VerdictStatus) => t(language, `timeline.verdict.${verdict}`),
})

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
  const { text, verdict: label } = wordsIn(language)
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
      : text('dateTime', { date: dateFormat.format(date), time: timeFormat.format(date) })
  }

  const latest = records.at(-1)
  if (!latest) return { headlines: [text('empty')], entries: [] }

  const headlines: string[] = []
  let since = records.length - 1
  while (since > 0 && records[since - 1]!.verdict === latest.verdict) since -= 1
  headlines.push(text('verdictSince', { verdict: label(latest.verdict), when: when(records[since]!.at) }))

  const refreshed = records.findLast((record) => record.tokensReceivedAt !== null)?.tokensReceivedAt
  if (refreshed)
    headlines.push(
      text('tokensRefreshed', { ago: relativeTime(Date.parse(refreshed), now, locale, { largest: 'day' }) }),
    )

  // Registration and tokens compare with the last record that knew them, so an unreadable check
  // in between neither hides a change nor invents one.
  let known: KnownFacts = { registered: null, tokensReceivedAt: null }
  const entries: TimelineEntry[] = records.map((record, index) => {
    const previous = index > 0 ? records[index - 1]! : null
    const changes = previous
      ? describeChanges(previous, known, record, language)
      : [text('first', { verdict: label(record.verdict) })]
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
  const lostText = text('lost')
  const lost = entries.findLast((entry) => entry.changes.includes(lostText))
  if (lost) headlines.push(text('registrationLost', { when: lost.when }))

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
  language: Language,
): string[] {
  const { text, verdict: label } = wordsIn(language)
  const changes: string[] = []
  if (previous.verdict !== record.verdict)
    changes.push(text('verdictChanged', { from: label(previous.verdict), to: label(record.verdict) }))
  const registered = isRegistered(record)
  if (known.registered === true && registered === false) changes.push(text('lost'))
  if (known.registered === false && registered === true) changes.push(text('restored'))
  if (record.tokensReceivedAt !== null && record.tokensReceivedAt !== known.tokensReceivedAt)
    changes.push(text('refreshed'))
  if (previous.method !== null && record.method !== null && previous.method !== record.method)
    changes.push(text('method', { from: previous.method, to: record.method }))
  return changes
}

/** One event of the sign-in logs, told: when, and what happened in the reader's language. */
export interface SignInLogEntry {
  at: string
  text: string
}

/**
 * What the sign-in logs showed, oldest first, one entry per event: token refreshes, and each error
 * marked as still standing at the capture (a finding) or history (fresh tokens came after it).
 */
export function signInLogEntries(
  facts: Pick<MacFacts, 'signInLog' | 'capturedAt' | 'psso'>,
  language: Language,
): SignInLogEntry[] {
  const { text } = wordsIn(language)
  const standing = new Set(activeLogEvents(facts as MacFacts))
  return facts.signInLog.events.map((event) => ({
    at: event.at,
    text:
      event.kind === 'tokensReceived'
        ? text('signInLog.tokens')
        : text(standing.has(event) ? 'signInLog.errorStanding' : 'signInLog.errorHistory', {
            signature: event.signature ?? '?',
          }),
  }))
}

/** The sign-in log's entries as lines, each starting with its time (the report's list). */
export function signInLogTimeline(
  facts: Pick<MacFacts, 'signInLog' | 'capturedAt' | 'psso'>,
  language: Language,
): string[] {
  return signInLogEntries(facts, language).map((entry) => `${entry.at} ${entry.text}`)
}
