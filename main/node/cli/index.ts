/** Entry point of the command-line build (out/cli/psso-helper.cjs). */
import { defaultCliDeps, runCli } from './main'
import { forTerminal } from './terminalText'

runCli(process.argv.slice(2), defaultCliDeps()).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      forTerminal(`psso-helper: ${error instanceof Error ? error.message : String(error)}\n`),
    )
    process.exitCode = 1
  },
)
