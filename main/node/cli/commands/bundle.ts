/** `bundle --out FILE.zip [--without-unified-log] [--pseudonymize]`: the diagnostics bundle. */
import { cliHelpdesk, fileError, pseudonymizeOption } from '../helpdesk'
import { EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function bundleCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    'without-unified-log': { type: 'boolean', default: false },
    ...pseudonymizeOption,
  })
  if (positionals.length > 0) throw new UsageError(`bundle takes no arguments: ${positionals.join(' ')}`)
  if (!values.out) throw new UsageError('bundle needs --out FILE.zip')
  try {
    const manifest = await cliHelpdesk(deps, values.pseudonymize).saveBundle(values.out, {
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
