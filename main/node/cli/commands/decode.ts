/**
 * `decode CODE [--json] [--lang ja]`: what a support code read over the phone says: the facts, each
 * finding's sentences from the catalogue, and the playbook to walk the user through.
 */
import { FINDINGS, playbookForFindings } from '../../../common/diagnosis/catalogue'
import { t, type Language } from '../../../common/i18n'
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

const show = (value: boolean | string | null, yes = 'yes', no = 'no') =>
  value === null ? 'unknown' : value === true ? yes : value === false ? no : value

export function formatDecodedCode(facts: SupportCodeFacts, language: Language = 'en'): string {
  const lines = [
    `Verdict: ${facts.verdict}`,
    `macOS: ${facts.macOS ? `${facts.macOS.major}.${facts.macOS.minor ?? '?'}` : 'unknown'}`,
    `Platform SSO: ${facts.pssoReadable ? show(facts.configured, 'configured', 'not configured') : 'could not be read'}`,
    `Method: ${show(facts.method)}`,
    `Device registered: ${show(facts.deviceRegistered)}`,
    `User registered: ${show(facts.userRegistered)}; state: ${show(facts.userStateClass)}`,
    `SSO tokens: ${show(facts.tokensPresent, 'present', 'none')}; expired: ${show(facts.tokensExpired)}; age: ${show(facts.tokenAge)}`,
    `Company Portal: ${show(facts.companyPortalInstalled, 'installed', 'not installed')}; new enough: ${show(facts.companyPortalMeetsMinimum)}`,
    '',
    'Findings (the first is the thing to do first):',
    ...(facts.findings.length
      ? facts.findings.flatMap((id, i) => [
          `  ${i + 1}. ${id} (${FINDINGS[id].severity}): ${t(language, `finding.${id}.user`)}`,
          `     Helpdesk: ${t(language, `finding.${id}.helpdesk`)}`,
        ])
      : ['  none']),
    ...(facts.moreFindings ? ['  (more findings than a code carries: ask for the report)'] : []),
  ]
  const repair = playbookForFindings(facts.findings.map((id) => ({ id })))
  if (repair)
    lines.push(
      '',
      `Walk the user through (${repair.playbookId}):`,
      '',
      formatGuide({ playbookId: repair.playbookId }, language, facts.macOS?.major ?? null).trimEnd(),
    )
  return `${lines.join('\n')}\n`
}
