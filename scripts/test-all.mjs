// Runs every test suite and ends with one plain line: `N passed, N failed[, N skipped]`.
// `npm test` on a fresh clone sets up what it needs first (scripts/ensure-setup.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ensureNodeModules, ensureSystemPackages, root } from './ensure-setup.mjs'

ensureNodeModules()
ensureSystemPackages()

const results = path.join(root, 'test-results')
mkdirSync(results, { recursive: true })
const bin = (name) => path.join(root, 'node_modules/.bin', name)

/** Each suite writes a JSON report; `count` turns it into passed/failed/skipped. */
const suites = [
  {
    name: 'unit (vitest)',
    report: path.join(results, 'vitest.json'),
    command: (report) => [
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    ],
    count: (json) => ({
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    }),
  },
  {
    name: 'end-to-end (Playwright)',
    enabled: () => existsSync(path.join(root, 'playwright.config.ts')),
    report: path.join(results, 'playwright.json'),
    command: () => [bin('playwright'), ['test']],
    env: (report) => ({ PLAYWRIGHT_JSON_OUTPUT_NAME: report }),
    count: (json) => ({
      passed: json.stats.expected + json.stats.flaky,
      failed: json.stats.unexpected,
      skipped: json.stats.skipped,
    }),
  },
]

const total = { passed: 0, failed: 0, skipped: 0 }
let crashed = false
for (const suite of suites) {
  if (suite.enabled && !suite.enabled()) continue
  console.log(`\n=== ${suite.name}`)
  rmSync(suite.report, { force: true })
  const [command, args] = suite.command(suite.report)
  const status = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(suite.env?.(suite.report) ?? {}) },
  }).status
  if (!existsSync(suite.report)) {
    console.error(`${suite.name}: no report was written (exit ${status}); counted as one failure.`)
    total.failed += 1
    crashed = true
    continue
  }
  const counts = suite.count(JSON.parse(readFileSync(suite.report, 'utf8')))
  for (const key of Object.keys(total)) total[key] += counts[key]
  if (status !== 0 && counts.failed === 0) {
    console.error(`${suite.name}: exited ${status} with no failed test; counted as one failure.`)
    total.failed += 1
    crashed = true
  }
}

console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
)
process.exitCode = total.failed > 0 || crashed || total.passed === 0 ? 1 : 0
