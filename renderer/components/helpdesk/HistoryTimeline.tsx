/**
 * The history of this Mac's sign-in state for the helpdesk: the headline facts ("registration lost
 * on 12 Nov at 09:14") and every recorded transition, newest first. The words come from the shared
 * summariser (main/common/history/timeline.ts), so the CLI and the report say the same.
 */
import { useEffect, useState } from 'react'
import type { HistoryRecord } from '../../../main/common/history/historyRecord'
import { summarizeHistory } from '../../../main/common/history/timeline'
import { bridge } from '../../bridge'
import { useLang, useT } from '../../i18n/useT'

/**
 * `capturedAt` (the latest read) changes when a new state arrives, so the timeline reads the history
 * again; "3 days ago" is relative to that read, on the Mac's clock (a demo's scenario clock too).
 */
export function HistoryTimeline({ capturedAt }: { capturedAt: string | undefined }) {
  const t = useT()
  const lang = useLang()
  const [read, setRead] = useState<{ records: HistoryRecord[]; at: number } | null>(null)

  useEffect(() => {
    let current = true
    bridge.getHistory().then((result) => {
      const at = capturedAt ? Date.parse(capturedAt) : NaN
      if (current)
        setRead(result.ok ? { records: result.data.records, at: Number.isNaN(at) ? Date.now() : at } : null)
    })
    return () => {
      current = false
    }
  }, [capturedAt])

  if (!read) return <p className="secondary-text">{t('helpdesk.historyUnavailable')}</p>
  const { headlines, entries } = summarizeHistory(read.records, { now: read.at, language: lang })
  return (
    <div className="history">
      <ul className="history-headlines">
        {headlines.map((headline) => (
          <li key={headline}>{headline}</li>
        ))}
      </ul>
      {entries.length > 0 && (
        <ol className="timeline" aria-label={t('helpdesk.history')}>
          {entries.map((entry) => (
            <li key={entry.at}>
              <time dateTime={entry.at}>{entry.when}</time> {entry.changes.join(' · ')}
              {entry.findings.length > 0 && (
                <>
                  {' '}
                  <code>{entry.findings.join(', ')}</code>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
