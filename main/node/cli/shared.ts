/** What every CLI command shares: exit codes, its dependencies, option parsing. */
import type { HeavyWork } from '../worker/heavyJobs'
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG, type AppConfig } from '../../common/config/appConfig'
import { isLanguage, LANGUAGES, terminalLanguage, type Language } from '../../common/i18n'
import type { Logger } from '../../common/logger'
import { currentUser, readConfig } from '../config/readConfig'
import { createSystemAccess, type SystemDeps } from '../system/tools'

export const EXIT_OK = 0
/** The command could not do its job (a file could not be written or opened). */
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface CliDeps extends CliIo {
  system: SystemDeps
  now: () => number
  /** The user's home folder (the app's log lives under it); os.homedir() when absent. */
  homeDir?: string
  /** The configuration to use; when absent, read from managed and user preferences. */
  config?: Partial<AppConfig>
  logger?: Logger
  /** Where reports and bundles are built (a worker thread in the built CLI); absent = this thread. */
  heavyWork?: HeavyWork
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

/** The effective configuration: the one given (tests), else what profiles and preferences set. */
export async function loadConfig(deps: CliDeps): Promise<AppConfig> {
  if (deps.config) return { ...DEFAULT_CONFIG, ...deps.config }
  const user = currentUser(deps.system.env)
  return (await readConfig({ system: createSystemAccess(deps.system), user })).values
}

/** The account the CLI runs as: its short name, and its home (deps.homeDir when given). */
export function cliUser(deps: CliDeps): { name: string; home: string } {
  const user = currentUser(deps.system.env)
  return { name: user.name, home: deps.homeDir ?? user.home }
}

/** The language of human output: `--lang`, else LC_ALL, else LANG (`ja_JP.UTF-8` is Japanese). */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (flag === undefined) return terminalLanguage(env)
  if (!isLanguage(flag)) throw new UsageError(`--lang must be one of: ${LANGUAGES.join(', ')}`)
  return flag
}
