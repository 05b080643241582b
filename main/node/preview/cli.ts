/**
 * Entry point of the preview server (out/preview/preview.cjs, started by scripts/preview.mjs).
 * Usage: preview.cjs --root <repo> [--scenario NAME | --live] [--port N]
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isScenarioName, SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios'
import { startPreview } from './preview'
import { createHeavyWorker, HEAVY_WORK_ENTRY, threadWorker } from '../worker/heavyWorker'

const USAGE = `Usage: npm run preview -- [--scenario NAME | --live] [--port N]

Scenarios (a pretend Mac built from the test fixtures; "Check again" moves it to its next stage):
${SCENARIO_NAMES.map((name) => `  ${name.padEnd(22)}${SCENARIOS[name].description}`).join('\n')}

--live reads this machine with the real tools (on a Mac). Without either: password-reset, or --live
on macOS.`

async function main() {
  const { values } = parseArgs({
    options: {
      root: { type: 'string' },
      scenario: { type: 'string' },
      live: { type: 'boolean' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return void console.log(USAGE)
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535`)
  let scenario: ScenarioName | null = null
  if (values.scenario !== undefined) {
    if (!isScenarioName(values.scenario)) throw new Error(`unknown scenario “${values.scenario}”\n\n${USAGE}`)
    scenario = values.scenario
  } else if (!values.live && process.platform !== 'darwin') scenario = 'password-reset'

  const repoRoot = path.resolve(values.root ?? process.cwd())
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  const preview = await startPreview({
    scenario,
    port,
    repoRoot,
    rendererDir: path.join(repoRoot, 'out/renderer'),
    version,
    onOpenExternal: (url) => console.log(`(the app would open ${url})`),
    // out/preview/preview.cjs has its worker beside it.
    heavyWork: createHeavyWorker(threadWorker(path.join(__dirname, HEAVY_WORK_ENTRY))),
  })
  console.log(
    `PSSO Helper preview (${scenario ? `scenario “${scenario}”` : 'live tools'}): ${preview.url}\n` +
      'Press Ctrl+C to stop.',
  )
  const stop = () => void preview.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
})
