// The worker builds main's report, not a copy of it: a job crossing the boundary (structured clone)
// gives the same text as reportFromCapture with the same options, device, answers, repair position,
// language and historyProblem included.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { diagnosisContext } from '../../../main/common/diagnosis/rules'
import { reportFromCapture, type HelpdeskCapture } from '../../../main/node/helpdesk/outputs'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { jobOptions, runHeavyJob } from '../../../main/node/worker/heavyJobs'
import { captureOf, appSsoFixtures } from '../../helpers/captures'

const text = appSsoFixtures().find((f) => f.name === 'derived-user-not-registered.txt')!.text
const capture = captureOf(text)
const diagnosis = diagnosisContext(DEFAULT_CONFIG)
const helpdeskCapture: HelpdeskCapture = {
  state: stateFromCapture(capture, diagnosis),
  raw: capture,
  diagnosis,
  device: {
    serialNumber: 'C02FK1ABQ6L4',
    model: 'Mac14,2',
    modelName: 'MacBook Air',
    chip: 'Apple M2',
    computerName: 'Contoso-0142',
    problems: [],
  },
  answers: [{ question: 'reportedEntraPasswordReset', answer: false, at: '2026-11-21T09:58:00Z' }],
  repair: null,
}
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
