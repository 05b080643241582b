/**
 * How the app binary was started: with a CLI command (`PSSO Helper status --json`) it is the
 * command line and opens no window. The fuses forbid ELECTRON_RUN_AS_NODE, so this is how admins'
 * scripts reach the CLI inside the app bundle. Pure (no electron import) so it is unit-tested.
 */

/**
 * The CLI arguments (the command and what follows), or null to open the window. Switches before the
 * command (Chromium's, macOS's -psn_…) are skipped; in development the first positional argument is
 * the app folder (`electron . status`).
 */
export function cliArguments(
  argv: readonly string[],
  isPackaged: boolean,
  commandNames: readonly string[],
): string[] | null {
  const args = argv.slice(1)
  const positionals = args.flatMap((arg, index) => (arg.startsWith('-') ? [] : [index]))
  const start = positionals[isPackaged ? 0 : 1]
  return start !== undefined && commandNames.includes(args[start]!) ? args.slice(start) : null
}
