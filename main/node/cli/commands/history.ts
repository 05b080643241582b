/** `history [--json] [--lang ja]`: the local history of this Mac's sign-in state, as the app recorded it. */
import { homedir } from 'node:os'
import { summarizeHistory } from '../../../common/history/timeline'
import { defaultDataDir, historyDir } from '../../history/historyLocation'
import { createHistoryStore } from '../../history/historyStore'
import { cliLanguage, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function historyCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
  })
  const language = cliLanguage(values.lang, deps.system.env)
  if (positionals.length > 0) throw new UsageError(`history takes no arguments: ${positionals.join(' ')}`)
  const dir = historyDir(defaultDataDir(deps.system.env, deps.homeDir ?? homedir()))
  const { records, skippedLines } = await createHistoryStore({ dir }).read()
  if (skippedLines > 0) deps.stderr(`Skipped ${skippedLines} unreadable line(s) in ${dir}\n`)
  if (values.json) {
    deps.stdout(`${JSON.stringify({ records, skippedLines }, null, 2)}\n`)
    return EXIT_OK
  }
  const { headlines, entries } = summarizeHistory(records, { now: deps.now(), language })
  const timeline = entries.map((entry) => `${entry.at}  ${entry.verdict}  ${entry.changes.join('; ')}`)
  const lines = timeline.length > 0 ? [...headlines, '', ...timeline] : headlines
  deps.stdout(`${lines.join('\n')}\n`)
  return EXIT_OK
}
