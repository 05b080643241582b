/** `report [--markdown|--json] [--out FILE] [--pseudonymize]`: the redacted report. */
import { cliHelpdesk, fileError, pseudonymizeOption } from '../helpdesk'
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
  const helpdesk = cliHelpdesk(deps, values.pseudonymize)
  const format = values.json ? 'json' : 'markdown'
  if (!values.out) {
    deps.stdout(await helpdesk.report(format))
    return EXIT_OK
  }
  try {
    await helpdesk.saveReport(values.out, format)
  } catch (error) {
    deps.stderr(`The report could not be written to ${values.out} (${fileError(error)}).\n`)
    return EXIT_FAILURE
  }
  deps.stderr(`Report written to ${values.out}\n`)
  return EXIT_OK
}
