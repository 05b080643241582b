/** `decode CODE`: what a support code read over the phone says. */
import type { FindingId } from '../../../common/diagnosis/findingIds'
import { decodeSupportCode, type SupportCodeFacts } from '../../../common/supportCode/supportCode'
import { EXIT_FAILURE, EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

/** The catalogue's title of a finding, once the findings catalogue provides one. */
export type FindingTitle = (id: FindingId) => string | null

export async function decodeCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
  // A code read aloud may be typed with spaces: `K7Q4M 2XD9R TAB3C`.
  if (positionals.length === 0) throw new UsageError('decode needs a support code')
  const result = decodeSupportCode(positionals.join(''))
  if (!result.ok) {
    deps.stderr(`${result.message}\n`)
    return EXIT_FAILURE
  }
  deps.stdout(values.json ? `${JSON.stringify(result.facts, null, 2)}\n` : formatDecodedCode(result.facts))
  return EXIT_OK
}

const show = (value: boolean | string | null, yes = 'yes', no = 'no') =>
  value === null ? 'unknown' : value === true ? yes : value === false ? no : value

export function formatDecodedCode(facts: SupportCodeFacts, findingTitle: FindingTitle = () => null): string {
  const lines = [
    `Verdict: ${facts.verdict}`,
    `macOS: ${facts.macOS ? `${facts.macOS.major}.${facts.macOS.minor ?? '?'}` : 'unknown'}`,
    `Platform SSO: ${facts.pssoReadable ? show(facts.configured, 'configured', 'not configured') : 'could not be read'}`,
    `Method: ${show(facts.method)}`,
    `Device registered: ${show(facts.deviceRegistered)}`,
    `User registered: ${show(facts.userRegistered)}; state: ${show(facts.userStateClass)}`,
    `SSO tokens: ${show(facts.tokensPresent, 'present', 'none')}; expired: ${show(facts.tokensExpired)}; age: ${show(facts.tokenAge)}`,
    `Company Portal: ${show(facts.companyPortalInstalled, 'installed', 'not installed')}; new enough: ${show(facts.companyPortalMeetsMinimum)}`,
    'Findings (the first is the thing to do first):',
    ...(facts.findings.length
      ? facts.findings.map((id, i) => {
          const title = findingTitle(id)
          return `  ${i + 1}. ${id}${title ? `: ${title}` : ''}`
        })
      : ['  none']),
    ...(facts.moreFindings ? ['  (more findings: ask for the report)'] : []),
  ]
  return `${lines.join('\n')}\n`
}
