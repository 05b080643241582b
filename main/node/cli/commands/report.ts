/**
 * `report [--markdown|--json] [--out FILE] [--pseudonymize] [--lang ja] [--answer password-reset]`:
 * the redacted report, in the reader's language, diagnosed with what the user answered.
 */
import { answerOption, cliAnswers, cliHelpdesk, fileError, pseudonymizeOption } from '../helpdesk'
import { cliLanguage, EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function reportCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    markdown: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    lang: { type: 'string' },
    ...pseudonymizeOption,
    ...answerOption,
  })
  if (positionals.length > 0) throw new UsageError(`report takes no arguments: ${positionals.join(' ')}`)
  if (values.markdown && values.json) throw new UsageError('report: choose --markdown or --json, not both')
  const helpdesk = await cliHelpdesk(deps, {
    pseudonymize: values.pseudonymize,
    answers: cliAnswers(values.answer, deps.now),
    language: cliLanguage(values.lang, deps.system.env),
  })
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
