/**
 * `decode CODE [--json] [--lang ja]`: what a support code read over the phone says: the facts, each
 * finding's sentences from the catalogue, and the playbook to walk the user through.
 */
import { t, type Language, type TextKey, type TextValues } from '../../../common/i18n'
import { describeSupportCode } from '../../../common/supportCode/describe'
import { explainSupportCode } from '../../../common/supportCode/explain'
import { decodeSupportCode, type SupportCodeFacts } from '../../../common/supportCode/supportCode'
import { cliLanguage, EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'
import { formatGuide } from './guide'

export async function decodeCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
  })
  const language = cliLanguage(values.lang, deps.system.env)
  // A code read aloud may be typed with spaces: `K7Q4M 2XD9R TAB3C`.
  if (positionals.length === 0) throw new UsageError('decode needs a support code')
  const result = decodeSupportCode(positionals.join(''), language)
  if (!result.ok) {
    deps.stderr(`${result.message}\n`)
    return EXIT_FAILURE
  }
  deps.stdout(
    values.json ? `${JSON.stringify(result.facts, null, 2)}\n` : formatDecodedCode(result.facts, language),
  )
  return EXIT_OK
}

export function formatDecodedCode(facts: SupportCodeFacts, language: Language = 'en'): string {
  const text = (key: TextKey, values?: TextValues) => t(language, key, values)
  const explained = explainSupportCode(facts, language)
  const lines = [
    ...describeSupportCode(facts, language),
    ...(explained.repair ? ['', explained.repair] : []),
    '',
    text('cli.decode.findings'),
    ...(explained.findings.length
      ? explained.findings.flatMap((finding, i) => [
          `  ${i + 1}. ${finding.id} (${finding.severity}): ${finding.user}`,
          `     ${text('cli.guide.helpdesk')}: ${finding.helpdesk}`,
        ])
      : [`  ${text('cli.value.none')}`]),
    ...(facts.moreFindings ? [`  ${text('cli.decode.moreFindings')}`] : []),
  ]
  if (explained.guide)
    lines.push(
      '',
      text('cli.decode.walkThrough', { playbook: explained.guide.playbookId }),
      '',
      formatGuide({ playbookId: explained.guide.playbookId }, language, facts.macOS?.major ?? null).trimEnd(),
    )
  return `${lines.join('\n')}\n`
}
