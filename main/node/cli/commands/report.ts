/** `report [--markdown|--json] [--out FILE] [--pseudonymize]`: the redacted report. */
import { APP_VERSION } from '../../appVersion'
import { writeFileAtomic } from '../../files/atomicWrite'
import { formatIsoSeconds } from '../../parsers/values'
import { buildReport } from '../../report/report'
import { fileError, pseudonymizeOption, readForHelpdesk } from '../helpdesk'
import { EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function reportCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    markdown: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    ...pseudonymizeOption,
  })
  if (positionals.length > 0) throw new UsageError(`report takes no arguments: ${positionals.join(' ')}`)
  if (values.markdown && values.json) throw new UsageError('report: choose --markdown or --json, not both')
  const { state, raw, redactor, logger } = await readForHelpdesk(deps, values.pseudonymize)
  const report = buildReport(
    { state, capture: raw, appVersion: APP_VERSION, generatedAt: formatIsoSeconds(deps.now()) },
    { redactor },
  )
  const text = values.json ? `${JSON.stringify(report.json, null, 2)}\n` : report.markdown
  if (!values.out) {
    deps.stdout(text)
    return EXIT_OK
  }
  try {
    await writeFileAtomic(values.out, text)
  } catch (error) {
    deps.stderr(`The report could not be written to ${values.out} (${fileError(error)}).\n`)
    return EXIT_FAILURE
  }
  logger.info(`report written (${values.json ? 'JSON' : 'Markdown'})`)
  deps.stderr(`Report written to ${values.out}\n`)
  return EXIT_OK
}
