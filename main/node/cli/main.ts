/**
 * The command line: the app's headless face for helpdesk scripts and Intune custom attributes.
 * Exit 0 whenever a report was produced, whatever the verdict; 2 for a usage error.
 */
import { parseArgs } from 'node:util'
import type { MacState } from '../../common/model/macState'
import { readMacState } from '../probe/readMacState'
import { createSystemAccess, defaultSystemDeps, type SystemDeps } from '../system/tools'

export const EXIT_OK = 0
export const EXIT_USAGE = 2

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface CliDeps extends CliIo {
  system: SystemDeps
  now: () => number
}

export const USAGE = `Usage: psso-helper <command> [options]

Commands:
  status [--json]     Read this Mac's Platform SSO state and print the verdict
  help                Show this help

Environment:
  PSSO_HELPER_SYSROOT  Read every system path under this folder instead of /`

type Command = (args: string[], deps: CliDeps) => Promise<number>

const COMMANDS: Record<string, Command> = {
  status: statusCommand,
  help: async (_args, io) => {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  },
}

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const [name, ...rest] = argv
  const command = name === '--help' || name === '-h' ? COMMANDS.help : name ? COMMANDS[name] : undefined
  if (!command) {
    deps.stderr(`${name ? `Unknown command: ${name}\n\n` : ''}${USAGE}\n`)
    return EXIT_USAGE
  }
  try {
    return await command(rest, deps)
  } catch (error) {
    if (error instanceof UsageError) {
      deps.stderr(`${error.message}\n\n${USAGE}\n`)
      return EXIT_USAGE
    }
    throw error
  }
}

export class UsageError extends Error {}

/** parseArgs with our usage error instead of Node's. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function statusCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
  if (positionals.length > 0) throw new UsageError(`status takes no arguments: ${positionals.join(' ')}`)
  const { state } = await readMacState({ system: createSystemAccess(deps.system), now: deps.now })
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

export function defaultCliDeps(): CliDeps {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    system: defaultSystemDeps,
    now: Date.now,
  }
}
