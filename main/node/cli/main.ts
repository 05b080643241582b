/**
 * The command line: the app's headless face for helpdesk scripts and Intune custom attributes.
 * Exit 0 whenever a report was produced, whatever the verdict; 2 for a usage error.
 */
import { defaultSystemDeps } from '../system/tools'
import { EXIT_OK, EXIT_USAGE, UsageError, type CliDeps } from './shared'

export * from './shared'
import { statusCommand } from './commands/status'
import { historyCommand } from './commands/history'

export const USAGE = `Usage: psso-helper <command> [options]

Commands:
  status [--json]     Read this Mac's Platform SSO state and print the verdict
  history [--json]    Show the recorded history of the sign-in state (oldest first in JSON)
  help                Show this help

Environment:
  PSSO_HELPER_SYSROOT  Read every system path under this folder instead of /
  PSSO_HELPER_DATA_DIR The app's data folder (default ~/Library/Application Support/PSSO Helper)`

export type Command = (args: string[], deps: CliDeps) => Promise<number>

/** Every command, one file each in commands/. */
const COMMANDS: Record<string, Command> = {
  status: statusCommand,
  history: historyCommand,
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

export function defaultCliDeps(): CliDeps {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    system: defaultSystemDeps,
    now: Date.now,
  }
}
