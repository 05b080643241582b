/**
 * `status [--json] [--lang ja] [--answer password-reset]`: read this Mac's Platform SSO state and
 * print the verdict and its support code (the same the app shows for the same answers).
 */
import { answersOf } from '../../../common/diagnosis/questions'
import { diagnosisContext } from '../../../common/diagnosis/rules'
import { encodeSupportCode } from '../../../common/supportCode/supportCode'
import { answerOption, cliAnswers } from '../answers'
import { t, type Language, type TextKey, type TextValues } from '../../../common/i18n'
import type { MacState } from '../../../common/model/macState'
import { captureMac, stateFromCapture } from '../../probe/readMacState'
import { createSystemAccess } from '../../system/tools'
import { cliLanguage, cliUser, EXIT_OK, loadConfig, parseOptions, UsageError, type CliDeps } from '../shared'

export async function statusCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
    ...answerOption,
  })
  const language = cliLanguage(values.lang, deps.system.env)
  const answers = answersOf(cliAnswers(values.answer, deps.now))
  if (positionals.length > 0) throw new UsageError(`status takes no arguments: ${positionals.join(' ')}`)
  // The configuration only decides the expiry warning window: read it while the probes run.
  const [config, raw] = await Promise.all([
    loadConfig(deps),
    captureMac({ system: createSystemAccess(deps.system), now: deps.now, user: cliUser(deps) }),
  ])
  const state = stateFromCapture(raw, diagnosisContext(config, answers))
  deps.stdout(values.json ? `${JSON.stringify(state, null, 2)}\n` : formatStatusSummary(state, language))
  return EXIT_OK
}

/** A short human summary of the state, for a person at a terminal, in its language, with its support code. */
export function formatStatusSummary(
  state: MacState,
  language: Language = 'en',
  supportCode: string = encodeSupportCode(state),
): string {
  const { psso, verdict } = state
  const text = (key: TextKey, values?: TextValues) => t(language, key, values)
  const unknown = text('cli.value.unknown')
  const yesNo = (value: boolean | null, yes: TextKey, no: TextKey) =>
    value === null ? unknown : text(value ? yes : no)
  const lines = [text('cli.status.verdict', { verdict: verdict.status, capturedAt: state.capturedAt })]
  if (psso.readable && psso.configured) {
    const { tokens } = psso
    lines.push(
      text('cli.status.registration', {
        method: psso.method ?? unknown,
        device: yesNo(psso.deviceRegistered, 'cli.value.registered', 'cli.value.notRegistered'),
        user: yesNo(psso.user.registered, 'cli.value.registered', 'cli.value.notRegistered'),
        userState: psso.user.stateName ? text('cli.status.userState', { name: psso.user.stateName }) : '',
      }),
      text('cli.status.tokens', {
        tokens: tokens.present
          ? text(tokens.expired ? 'cli.status.tokensExpired' : 'cli.status.tokensReceived', {
              receivedAt: tokens.receivedAt ?? unknown,
              expiresAt: tokens.expiresAt ?? unknown,
            })
          : yesNo(tokens.present, 'cli.value.present', 'cli.value.none'),
      }),
    )
  } else if (!psso.readable) {
    lines.push(
      text('cli.status.unreadable', { detail: state.probes.appSso.detail ?? state.probes.appSso.status }),
    )
  }
  lines.push(
    text('cli.status.companyPortal', {
      companyPortal:
        state.companyPortal.version ??
        yesNo(state.companyPortal.installed, 'cli.value.installed', 'cli.value.notInstalled'),
      macOS: state.os.version ?? unknown,
    }),
  )
  for (const finding of verdict.findings) lines.push(`- ${finding.id} (${finding.severity})`)
  lines.push(`${text('supportCode.label')}: ${supportCode}`)
  return `${lines.join('\n')}\n`
}
