/** What every CLI command shares: exit codes, its dependencies, option parsing. */
import { parseArgs } from 'node:util'
import type { AppConfig } from '../../common/config/appConfig'
import type { Logger } from '../../common/logger'
import type { SystemDeps } from '../system/tools'

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
  /** The effective configuration; defaults when absent. */
  config?: Partial<AppConfig>
  logger?: Logger
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
