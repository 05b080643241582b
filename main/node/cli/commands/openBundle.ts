/** `open-bundle FILE.zip [--json]`: a user's bundle, diagnosed again on this machine. */
import { openBundle } from '../../bundle/openBundle'
import { EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'
import { formatStatusSummary } from './status'

export async function openBundleCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
  if (positionals.length !== 1) throw new UsageError('open-bundle needs exactly one FILE.zip')
  const result = await openBundle(positionals[0]!)
  if (!result.ok) {
    deps.stderr(`${result.error}\n`)
    return EXIT_FAILURE
  }
  const { bundle } = result
  if (values.json) {
    deps.stdout(`${JSON.stringify(bundle, null, 2)}\n`)
    return EXIT_OK
  }
  const { capture } = bundle
  deps.stdout(
    `CAPTURE from ${capture.file}: the Mac with Entra device ID ${capture.deviceId ?? 'unknown'}, ` +
      `captured ${capture.capturedAt} (bundle made ${capture.bundleCreatedAt} by PSSO Helper ${capture.appVersion}` +
      `${capture.identifiersPseudonymized ? ', identifiers pseudonymised' : ''}).\n` +
      'Everything below is that Mac at that time, not this machine.\n\n' +
      formatStatusSummary(bundle, 'en', capture.supportCode),
  )
  return EXIT_OK
}
