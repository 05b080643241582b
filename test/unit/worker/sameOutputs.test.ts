// The worker builds main's report, not a copy of it: a job crossing the boundary (structured clone)
// gives the same text as reportFromCapture with the same options, device, answers, repair position,
// language and historyProblem included.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { reportFromCapture } from '../../../main/node/helpdesk/outputs'
import { jobOptions, runHeavyJob } from '../../../main/node/worker/heavyJobs'
import { helpdeskCaptureOf } from '../../helpers/helpdeskCapture'

const helpdeskCapture = helpdeskCaptureOf()
const options = {
  pseudonymize: false,
  appVersion: 'test',
  now: () => Date.parse('2026-11-21T10:00:00Z'),
  language: 'ja' as const,
  config: DEFAULT_CONFIG,
  historyProblem: 'EISDIR: history.jsonl is a folder',
}

describe('a report job', () => {
  it.each(['markdown', 'json'] as const)('is the same %s report as main’s code builds', async (format) => {
    const job = structuredClone({
      kind: 'report',
      capture: helpdeskCapture,
      options: jobOptions(options),
      format,
    } as const)
    const { text: fromWorker } = (await runHeavyJob(job)) as { text: string }
    expect(fromWorker).toBe(reportFromCapture(helpdeskCapture, options, format))
    expect(fromWorker).toContain('C02FK1ABQ6L4')
    // main's report names a history it could not read in Markdown (the JSON simply has none)
    if (format === 'markdown') expect(fromWorker).toContain('history.jsonl is a folder')
    if (format === 'json') expect(JSON.parse(fromWorker).language).toBe('ja')
  })
})
