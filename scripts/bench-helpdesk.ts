/** Helpdesk measurements for `npm run bench`: redaction speed, report and bundle time and size. */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { createBundle } from '../main/node/bundle/bundle'
import { stateFromCapture } from '../main/node/probe/readMacState'
import { buildReport } from '../main/node/report/report'
import { createRedactor } from '../main/node/report/redact'
import { bundleInput } from '../test/helpers/bundles'
import { captureOf } from '../test/helpers/captures'
import { realCapture } from '../test/helpers/fakeSysroot'
import { unifiedLog } from './bench-bundle'
import type { Measurement } from './measurement'

const text = readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8')

const perRun = (run: () => void, budgetMs = 300) => {
  for (let i = 0; i < 20; i++) run() // warm up
  let runs = 0
  const started = performance.now()
  while (performance.now() - started < budgetMs) {
    run()
    runs++
  }
  return (performance.now() - started) / runs
}

export const helpdeskBench = async (): Promise<Measurement[]> => {
  const capture = captureOf(text)
  const state = stateFromCapture(capture)
  const redactAppSso = perRun(() => createRedactor({ pseudonymize: true }).appSso(text))
  const report = perRun(() =>
    buildReport(
      { state, capture, appVersion: 'bench', generatedAt: '2026-11-21T10:00:00Z' },
      { redactor: createRedactor({ pseudonymize: false }) },
    ),
  )
  const log = unifiedLog(30 * 1024 * 1024)
  const started = performance.now()
  const { zip, manifest } = await createBundle(
    { ...bundleInput(capture, { unifiedLog: log }) },
    { redactor: createRedactor({ pseudonymize: false }) },
  )
  const bundleMs = performance.now() - started
  return [
    { name: 'redact one app-sso capture (pseudonymised)', value: `${(redactAppSso * 1000).toFixed(0)} µs` },
    { name: 'redacted report (Markdown + JSON) of one capture', value: `${(report * 1000).toFixed(0)} µs` },
    {
      name: 'bundle with a 30 MB unified log',
      value: `${(bundleMs / 1000).toFixed(1)} s, ${(zip.length / 1024 / 1024).toFixed(1)} MB zip, ${manifest.omitted.length} parts omitted`,
      target: `zip <= ${manifest.limitBytes / 1024 / 1024} MB`,
    },
  ]
}
