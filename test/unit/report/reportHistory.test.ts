// The report (and so the bundle, which carries it) includes the history: the timeline's headlines
// and transitions in the Markdown, the newest records in the JSON.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { historyRecordFromState } from '../../../main/common/history/historyRecord'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { createRedactor } from '../../../main/node/report/redact'
import { REPORT_HISTORY_ENTRIES, buildReport } from '../../../main/node/report/report'
import { macState } from '../../helpers/builtStates'
import { captureOf } from '../../helpers/captures'
import { synthetic } from '../../helpers/fakeSysroot'

const capture = captureOf(
  readFileSync(synthetic('app-sso/synthetic-password-needs-registration.txt'), 'utf8'),
)
const report = (history?: ReturnType<typeof historyRecordFromState>[]) =>
  buildReport(
    {
      state: stateFromCapture(capture),
      capture,
      appVersion: 'test',
      generatedAt: '2026-11-12T18:00:00Z',
      history,
    },
    { redactor: createRedactor({ pseudonymize: false }) },
  )

describe('history in the report', () => {
  it('tells the timeline in the Markdown and carries the records in the JSON', () => {
    const history = [
      historyRecordFromState(macState('healthy', '2026-11-08T10:00:00Z')),
      historyRecordFromState(macState('needsRegistration', '2026-11-12T09:14:00Z', '2026-11-08T10:00:00Z')),
    ]
    const { markdown, json } = report(history)
    expect(json.history).toEqual(history)
    const section = markdown.slice(markdown.indexOf('## History'), markdown.indexOf('## About this report'))
    expect(section.split('\n')).toEqual([
      '## History',
      '',
      '- Verdict broken since 12 Nov at 09:14',
      '- SSO tokens last refreshed 4 days ago',
      '- Registration lost on 12 Nov at 09:14',
      '',
      '- 2026-11-12T09:14:00Z broken: Verdict healthy → broken; Registration lost (user-needs-registration)',
      '- 2026-11-08T10:00:00Z healthy: First check: healthy',
      '',
      '',
    ])
  })

  it('keeps only the newest records, and says so when there are none', () => {
    const many = Array.from({ length: 80 }, (_, i) =>
      historyRecordFromState(
        macState(
          i % 2 ? 'healthy' : 'needsRegistration',
          `2026-11-01T${String(i % 24).padStart(2, '0')}:00:00Z`,
        ),
      ),
    )
    expect(report(many).json.history).toEqual(many.slice(-REPORT_HISTORY_ENTRIES))
    expect(report().markdown).toContain('## History\n\nNo history recorded.\n')
    expect(report().json.history).toEqual([])
  })
})
