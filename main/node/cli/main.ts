/**
 * The command line: the app's headless face for helpdesk scripts and Intune custom attributes.
 * Exit 0 whenever a report was produced, whatever the verdict; 1 when a file could not be written or
 * opened; 2 for a usage error.
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import type { HeavyWork } from '../worker/heavyJobs'
import { createHeavyWorker, HEAVY_WORK_ENTRY, threadWorker } from '../worker/heavyWorker'
import { createAppLogger } from '../log/appLog'
import { defaultSystemDeps } from '../system/tools'
import { EXIT_OK, EXIT_USAGE, UsageError, type CliDeps } from './shared'
import { forTerminal } from './terminalText'

export * from './shared'

export const USAGE = `Usage: psso-helper <command> [options]

Commands:
  status [--json] [--lang ja]
                      Read this Mac's Platform SSO state and print the verdict
  report [--markdown|--json] [--out FILE] [--pseudonymize]
                      The redacted report (Markdown for a ticket, JSON for tools)
  bundle --out FILE.zip [--without-unified-log] [--pseudonymize]
                      Save a diagnostics bundle (report, raw outputs, logs; redacted)
  open-bundle FILE.zip [--json]
                      Show the diagnosis inside a user's bundle (a capture, not this Mac)
  decode CODE [--json] [--lang ja]
                      Show what a support code says
  guide <finding-id> [--lang ja] [--macos N] [--filevault-policy NAME|none]
                      Print the repair playbook for a finding (or a playbook id) as text
  history [--json] [--lang ja]
                      Show the recorded history of the sign-in state (oldest first in JSON)
  config [--json]     Print the effective configuration, where each value comes from, and any problem
  help                Show this help

Environment (development builds only; the packaged app ignores both):
  PSSO_HELPER_SYSROOT  Read every system path under this folder instead of /
  PSSO_HELPER_DATA_DIR The app's data folder (default ~/Library/Application Support/PSSO Helper)
  LC_ALL, LANG         The language of human output without --lang (ja_JP.UTF-8: Japanese)`

export type Command = (args: string[], deps: CliDeps) => Promise<number>

/**
 * Every command, one file each in commands/, loaded only when it runs: a script asking for
 * `status --json` does not pay for parsing the bundle writer or the playbooks.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  status: async () => (await import('./commands/status')).statusCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  bundle: async () => (await import('./commands/bundle')).bundleCommand,
  'open-bundle': async () => (await import('./commands/openBundle')).openBundleCommand,
  decode: async () => (await import('./commands/decode')).decodeCommand,
  guide: async () => (await import('./commands/guide')).guideCommand,
  history: async () => (await import('./commands/history')).historyCommand,
  config: async () => (await import('./commands/config')).configCommand,
  help: async () => async (_args, io) => {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  },
}

export const COMMAND_NAMES = Object.keys(COMMANDS)

export async function runCli(argv: string[], cliDeps: CliDeps): Promise<number> {
  // Every line printed passes here: no command can forget to clean what came from outside.
  const deps: CliDeps = {
    ...cliDeps,
    stdout: (text) => cliDeps.stdout(forTerminal(text)),
    stderr: (text) => cliDeps.stderr(forTerminal(text)),
  }
  const [name, ...rest] = argv
  const key = name === '--help' || name === '-h' ? 'help' : name
  // Own keys only: `constructor` or `toString` is an unknown command, not Object's.
  const load = key !== undefined && Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined
  if (!load) {
    deps.stderr(`${name ? `Unknown command: ${name}\n\n` : ''}${USAGE}\n`)
    return EXIT_USAGE
  }
  try {
    const command = await load()
    return await command(rest, deps)
  } catch (error) {
    if (error instanceof UsageError) {
      deps.stderr(`${error.message}\n\n${USAGE}\n`)
      return EXIT_USAGE
    }
    throw error
  }
}

export function defaultCliDeps(): CliDeps {
  const homeDir = homedir()
  return {
    homeDir,
    logger: createAppLogger({ homeDir, now: Date.now }),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    system: defaultSystemDeps,
    now: Date.now,
    ...builtHeavyWorker(),
  }
}

/** The built CLI has its worker beside it (out/cli/heavy-work.cjs); from source, work stays in process. */
function builtHeavyWorker(): { heavyWork?: HeavyWork } {
  const entry = path.join(path.dirname(process.argv[1] ?? ''), HEAVY_WORK_ENTRY)
  return existsSync(entry) ? { heavyWork: createHeavyWorker(threadWorker(entry)) } : {}
}
