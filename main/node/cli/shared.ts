/** What every CLI command shares: exit codes, its dependencies, option parsing. */
import { parseArgs } from 'node:util'
import type { SystemDeps } from '../system/tools'

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
