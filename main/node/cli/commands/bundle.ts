/**
 * `bundle --out FILE.zip [--without-unified-log] [--pseudonymize] [--lang ja] [--answer password-reset]`:
 * the diagnostics bundle; it keeps the answers, so open-bundle diagnoses the same.
 */
import { answerOption, cliAnswers, cliHelpdesk, fileError, pseudonymizeOption } from '../helpdesk'
import { cliLanguage, EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function bundleCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    'without-unified-log': { type: 'boolean', default: false },
    lang: { type: 'string' },
    ...pseudonymizeOption,
    ...answerOption,
  })
  if (positionals.length > 0) throw new UsageError(`bundle takes no arguments: ${positionals.join(' ')}`)
  if (!values.out) throw new UsageError('bundle needs --out FILE.zip')
  const options = {
    pseudonymize: values.pseudonymize,
    answers: cliAnswers(values.answer, deps.now),
    language: cliLanguage(values.lang, deps.system.env),
  }
  try {
    const manifest = await (
      await cliHelpdesk(deps, options)
    ).saveBundle(values.out, {
      includeUnifiedLog: !values['without-unified-log'],
    })
    const lines = [
      `Diagnostics bundle written to ${values.out} (${manifest.totalCompressedBytes} bytes compressed; limit ${manifest.limitBytes}).`,
      ...manifest.files.map((file) => `  ${file.path}  ${file.bytes} bytes`),
      ...manifest.omitted.map((part) => `  not included: ${part.path} (${part.reason})`),
    ]
    deps.stdout(`${lines.join('\n')}\n`)
    return EXIT_OK
  } catch (error) {
    deps.stderr(`The bundle could not be written to ${values.out} (${fileError(error)}).\n`)
    return EXIT_FAILURE
  }
}
