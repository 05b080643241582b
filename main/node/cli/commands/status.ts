/** `status [--json]`: read this Mac's Platform SSO state and print the verdict. */
import { diagnosisContext } from '../../../common/diagnosis/rules'
import type { MacState } from '../../../common/model/macState'
import { captureMac, stateFromCapture } from '../../probe/readMacState'
import { createSystemAccess } from '../../system/tools'
import { EXIT_OK, loadConfig, parseOptions, UsageError, type CliDeps } from '../shared'

export async function statusCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
  if (positionals.length > 0) throw new UsageError(`status takes no arguments: ${positionals.join(' ')}`)
  // The configuration only decides the expiry warning window: read it while the probes run.
  const [config, raw] = await Promise.all([
    loadConfig(deps),
    captureMac({ system: createSystemAccess(deps.system), now: deps.now }),
  ])
  const state = stateFromCapture(raw, diagnosisContext(config))
  deps.stdout(values.json ? `${JSON.stringify(state, null, 2)}\n` : formatStatusSummary(state))
  return EXIT_OK
}

const yesNo = (value: boolean | null, yes: string, no: string) =>
  value === null ? 'unknown' : value ? yes : no

/** A short human summary of the state, for a person at a terminal. */
export function formatStatusSummary(state: MacState): string {
  const { psso, verdict } = state
  const lines = [`Platform SSO: ${verdict.status} (captured ${state.capturedAt})`]
  if (psso.readable && psso.configured) {
    lines.push(
      `Method: ${psso.method ?? 'unknown'}; device ${yesNo(psso.deviceRegistered, 'registered', 'not registered')}; ` +
        `user ${yesNo(psso.user.registered, 'registered', 'not registered')}${psso.user.stateName ? ` (${psso.user.stateName})` : ''}`,
      `SSO tokens: ${
        psso.tokens.present
          ? `received ${psso.tokens.receivedAt ?? 'unknown'}, ${psso.tokens.expired ? 'expired' : 'expire'} ${psso.tokens.expiresAt ?? 'unknown'}`
          : yesNo(psso.tokens.present, 'present', 'none')
      }`,
    )
  } else if (!psso.readable) {
    lines.push(`app-sso could not be read: ${state.probes.appSso.detail ?? state.probes.appSso.status}`)
  }
  lines.push(
    `Company Portal: ${state.companyPortal.version ?? yesNo(state.companyPortal.installed, 'installed', 'not installed')}; macOS ${state.os.version ?? 'unknown'}`,
  )
  for (const finding of verdict.findings) lines.push(`- ${finding.id} (${finding.severity})`)
  return `${lines.join('\n')}\n`
}
