/**
 * Runs the CLI in process and collects what it prints; `env` is what the tools module sees. The
 * terminal speaks English unless `terminal` says otherwise, whatever LANG the test machine has.
 */
import { runCli, type CliDeps } from '../../main/node/cli/main'
import { defaultSystemDeps } from '../../main/node/system/tools'

export async function runCliCaptured(
  argv: string[],
  {
    env = process.env,
    now = () => Date.parse('2026-11-21T10:00:00Z'),
    terminal = { LANG: 'en_US.UTF-8' },
    ...deps
  }: Partial<CliDeps> & {
    env?: NodeJS.ProcessEnv
    terminal?: { LANG?: string; LC_ALL?: string }
  } = {},
) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    system: { ...defaultSystemDeps, env: { ...env, LANG: undefined, LC_ALL: undefined, ...terminal } },
    now,
    ...deps,
  })
  return { code, stdout, stderr }
}
