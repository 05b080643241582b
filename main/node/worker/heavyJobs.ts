/**
 * The work too heavy for the main thread: reports, bundles, opening a bundle. Jobs and results are
 * plain data (they cross a thread or process boundary); the worker entry runs them with
 * `runHeavyJob`, and `inProcessHeavyWork` runs the same function where no worker is wanted.
 */
import type { AppConfig } from '../../common/config/appConfig'
import type { HistoryRecord } from '../../common/history/historyRecord'
import type { Language } from '../../common/i18n'
import type { Logger } from '../../common/logger'
import type { BundleManifest } from '../bundle/bundle'
import { openBundle, type OpenBundleResult } from '../bundle/openBundle'
import {
  bundleFromCapture,
  reportFromCapture,
  type HelpdeskCapture,
  type HelpdeskOutputOptions,
  type ReportFormat,
} from '../helpdesk/outputs'
import { createSystemAccess, defaultSystemDeps, type SystemAccess } from '../system/tools'

/** What a report or bundle needs besides the capture, as plain data. */
export interface JobOutputOptions {
  pseudonymize: boolean
  appVersion: string
  /** The time the report or bundle says it was made. */
  nowMs: number
  history?: HistoryRecord[]
  /** Why the history could not be read; reports and bundles say so and go on without it. */
  historyProblem?: string
  /** The reader's language (the UI's, or `--lang`). */
  language?: Language
  /** The organisation's contact details, for the guides' texts. */
  config?: AppConfig
}

/** The plain-data form of a report's or bundle's options (the clock read once, here). */
export const jobOptions = ({ now, ...rest }: HelpdeskOutputOptions): JobOutputOptions => ({
  ...rest,
  nowMs: now(),
})

export type HeavyJob =
  | { kind: 'report'; capture: HelpdeskCapture; options: JobOutputOptions; format: ReportFormat }
  | {
      kind: 'bundle'
      file: string
      capture: HelpdeskCapture
      options: JobOutputOptions
      homeDir: string
      includeUnifiedLog: boolean
      /** PSSO_HELPER_SYSROOT of the caller: the worker's tools resolve under the same root. */
      sysroot: string | null
    }
  | { kind: 'openBundle'; file: string }

export interface HeavyResults {
  report: { text: string }
  bundle: { manifest: BundleManifest; logLines: string[] }
  openBundle: OpenBundleResult
}
export type HeavyResult<K extends HeavyJob['kind']> = HeavyResults[K]
export type JobOf<K extends HeavyJob['kind']> = Extract<HeavyJob, { kind: K }>

/** Runs reports, bundles and bundle opening; a worker, or the caller's own thread. */
export interface HeavyWork {
  run<K extends HeavyJob['kind']>(job: JobOf<K>): Promise<HeavyResult<K>>
}

/**
 * A bundle job with the caller's log around it: what the log still has queued goes to disk first (the
 * bundle carries the app log), then the job is built and run, and the worker's own lines (it has no
 * log file) come back into the caller's log. Without a log the job just runs.
 */
export async function runBundleJob(
  heavyWork: HeavyWork,
  job: () => Promise<JobOf<'bundle'>>,
  log?: Logger,
): Promise<HeavyResult<'bundle'>> {
  await log?.flush?.()
  const result = await heavyWork.run<'bundle'>(await job())
  for (const line of result.logLines) log?.info(`bundle worker: ${line}`)
  return result
}

const outputOptions = ({ nowMs, ...rest }: JobOutputOptions) => ({ ...rest, now: () => nowMs })

/** The tools a worker runs: the real ones, resolved under the caller's sysroot when it had one. */
function systemUnder(sysroot: string | null): SystemAccess {
  const env = { ...defaultSystemDeps.env }
  if (sysroot) env.PSSO_HELPER_SYSROOT = sysroot
  else delete env.PSSO_HELPER_SYSROOT
  return createSystemAccess({ ...defaultSystemDeps, env })
}

/** Runs one job; `system` overrides the tools a bundle runs (the caller's own, in process). */
export async function runHeavyJob(
  job: HeavyJob,
  system?: SystemAccess,
): Promise<HeavyResults[HeavyJob['kind']]> {
  switch (job.kind) {
    case 'report':
      return { text: reportFromCapture(job.capture, outputOptions(job.options), job.format) }
    case 'bundle': {
      const logLines: string[] = []
      const manifest = await bundleFromCapture(job.file, job.capture, {
        ...outputOptions(job.options),
        system: system ?? systemUnder(job.sysroot),
        homeDir: job.homeDir,
        includeUnifiedLog: job.includeUnifiedLog,
        // The worker has no log file of its own: its lines go back to the caller's logger.
        logger: {
          error: (m) => logLines.push(`error ${m}`),
          warn: (m) => logLines.push(`warn ${m}`),
          info: (m) => logLines.push(`info ${m}`),
          debug: () => {},
        },
      })
      return { manifest, logLines }
    }
    case 'openBundle':
      return openBundle(job.file)
  }
}

/** The same jobs on the caller's thread, with the caller's tools (tests, the plain core). */
export const inProcessHeavyWork = (system?: SystemAccess): HeavyWork => ({
  run: (job) => runHeavyJob(job, system) as never,
})
