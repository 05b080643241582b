/** Runs the CLI in process and collects what it prints; `env` is what the tools module sees. */
import { runCli, type CliDeps } from '../../main/node/cli/main'
import { defaultSystemDeps } from '../../main/node/system/tools'

export async function runCliCaptured(
  argv: string[],
  {
    env = process.env,
    now = () => Date.parse('2026-11-21T10:00:00Z'),
    ...deps
  }: Partial<CliDeps> & {
    env?: NodeJS.ProcessEnv
  } = {},
) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    system: { ...defaultSystemDeps, env },
    now,
    ...deps,
  })
  return { code, stdout, stderr }
}
