/**
 * The two test seams, PSSO_HELPER_SYSROOT (read every system path under a folder) and
 * PSSO_HELPER_DATA_DIR (another data folder), are honoured only in development builds: plain Node
 * (the CLI run from a checkout, the tests, the preview) and Electron started as `electron .`. The
 * packaged, signed app ignores them: whoever sets its environment must not make it run another
 * `app-sso`, or read fake managed settings (a PasswordChangeURL the openExternal allow-list would
 * then trust). There is no switch to turn them back on there: a switch in the environment would be
 * set by the same hand.
 */

export type DevelopmentSeam = 'PSSO_HELPER_SYSROOT' | 'PSSO_HELPER_DATA_DIR'

/** What decides the build kind; `process` in the app, a stand-in in tests. */
export interface ProcessKind {
  versions: { electron?: string }
  /** Electron sets it when started as `electron <path>` (a development run), never in a packaged app. */
  defaultApp?: boolean
}

/** True for the packaged app: Electron, not started with an app path. */
export function isReleaseBuild(proc: ProcessKind = process as ProcessKind): boolean {
  return typeof proc.versions.electron === 'string' && proc.defaultApp !== true
}

/** The seam's value in a development build; undefined in a release build or when unset. */
export function developmentSeam(
  env: NodeJS.ProcessEnv,
  name: DevelopmentSeam,
  proc: ProcessKind = process as ProcessKind,
): string | undefined {
  if (isReleaseBuild(proc)) return undefined
  return env[name] || undefined
}

/** The seams set in the environment that a release build ignored (for one line in the app's log). */
export function ignoredSeams(
  env: NodeJS.ProcessEnv,
  proc: ProcessKind = process as ProcessKind,
): DevelopmentSeam[] {
  if (!isReleaseBuild(proc)) return []
  return (['PSSO_HELPER_SYSROOT', 'PSSO_HELPER_DATA_DIR'] as const).filter((name) => Boolean(env[name]))
}
