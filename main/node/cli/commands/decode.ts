/**
 * `decode CODE [--json] [--lang ja]`: what a support code read over the phone says: the facts, each
 * finding's sentences from the catalogue, and the playbook to walk the user through.
 */
import { FINDINGS, playbookForFindings } from '../../../common/diagnosis/catalogue'
import { t, type Language, type TextKey, type TextValues } from '../../../common/i18n'
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
  const result = decodeSupportCode(positionals.join(''))
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
  const show = (
    value: boolean | string | null,
    yes: TextKey = 'cli.value.yes',
    no: TextKey = 'cli.value.no',
  ) =>
    value === null
      ? text('cli.value.unknown')
      : value === true
        ? text(yes)
        : value === false
          ? text(no)
          : value
  const lines = [
    text('cli.decode.verdict', { verdict: facts.verdict }),
    text('cli.decode.macOS', {
      macOS: facts.macOS ? `${facts.macOS.major}.${facts.macOS.minor ?? '?'}` : text('cli.value.unknown'),
    }),
    text('cli.decode.platformSso', {
      configured: facts.pssoReadable
        ? show(facts.configured, 'cli.value.configured', 'cli.value.notConfigured')
        : text('cli.decode.unreadable'),
    }),
    text('cli.decode.method', { method: show(facts.method) }),
    text('cli.decode.deviceRegistered', { registered: show(facts.deviceRegistered) }),
    text('cli.decode.userRegistered', {
      registered: show(facts.userRegistered),
      state: show(facts.userStateClass),
    }),
    text('cli.decode.tokens', {
      present: show(facts.tokensPresent, 'cli.value.present', 'cli.value.none'),
      expired: show(facts.tokensExpired),
      age: show(facts.tokenAge),
    }),
    text('cli.decode.companyPortal', {
      installed: show(facts.companyPortalInstalled, 'cli.value.installed', 'cli.value.notInstalled'),
      meetsMinimum: show(facts.companyPortalMeetsMinimum),
    }),
    '',
    text('cli.decode.findings'),
    ...(facts.findings.length
      ? facts.findings.flatMap((id, i) => [
          `  ${i + 1}. ${id} (${FINDINGS[id].severity}): ${text(`finding.${id}.user`)}`,
          `     ${text('cli.guide.helpdesk')}: ${text(`finding.${id}.helpdesk`)}`,
        ])
      : [`  ${text('cli.value.none')}`]),
    ...(facts.moreFindings ? [`  ${text('cli.decode.moreFindings')}`] : []),
  ]
  const repair = playbookForFindings(facts.findings.map((id) => ({ id })))
  if (repair)
    lines.push(
      '',
      text('cli.decode.walkThrough', { playbook: repair.playbookId }),
      '',
      formatGuide({ playbookId: repair.playbookId }, language, facts.macOS?.major ?? null).trimEnd(),
    )
  return `${lines.join('\n')}\n`
}
