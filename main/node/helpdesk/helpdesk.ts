/**
 * The helpdesk features behind one small facade, for the CLI and the Electron shell's IPC handlers:
 * the report, saving and opening a bundle, decoding a support code. Everything it needs is passed in.
 */
import type { AppConfig } from '../../common/config/appConfig'
import type { AnsweredQuestion } from '../../common/diagnosis/questions'
import type { DiagnosisContext } from '../../common/diagnosis/rules'
import type { Language } from '../../common/i18n'
import type { DeviceIdentity } from '../../common/model/deviceIdentity'
import type { HistoryRecord } from '../../common/history/historyRecord'
import { silentLogger, type Logger } from '../../common/logger'
import type { MacState } from '../../common/model/macState'
import type { BundleManifest } from '../bundle/bundle'
import { inProcessHeavyWork, runBundleJob, type HeavyWork, type JobOutputOptions } from '../worker/heavyJobs'
import { writeFileAtomic } from '../files/atomicWrite'
import type { RawCapture } from '../probe/readMacState'
import { historyForOutput, type HelpdeskCapture, type ReportFormat } from './outputs'
import type { SystemAccess } from '../system/tools'

export interface HelpdeskDeps {
  /** Reads the Mac now (readMacState with the app's diagnosis context). */
  readMac: () => Promise<{ state: MacState; raw: RawCapture }>
  /** The context readMac diagnoses with; a bundle keeps it so it is diagnosed the same elsewhere. */
  diagnosis: DiagnosisContext
  /** AppConfig.PseudonymizeIdentifiers */
  pseudonymize: boolean
  system: SystemAccess
  now: () => number
  homeDir: string
  logger?: Logger
  appVersion: string
  /** The recorded state transitions (main/node/history), for the report's history section. */
  history?: () => Promise<HistoryRecord[]>
  /** Reads how to find the Mac in Intune (deviceIdentity.ts), alongside readMac. */
  readDevice?: () => Promise<DeviceIdentity>
  /** What the user answered (`--answer`), with when; readMac diagnoses with them already. */
  answers?: AnsweredQuestion[]
  language?: Language
  config?: AppConfig
  /** Where reports and bundles are built (a worker); absent = this thread. */
  heavyWork?: HeavyWork
  /** PSSO_HELPER_SYSROOT, so a worker's tools resolve where this process's do. */
  sysroot?: string | null
}

/** The CLI's helpdesk: every report or bundle reads the Mac afresh. */
export function createHelpdesk(deps: HelpdeskDeps) {
  const logger = deps.logger ?? silentLogger
  const { appVersion } = deps
  const heavyWork = deps.heavyWork ?? inProcessHeavyWork(deps.system)
  const read = async (): Promise<HelpdeskCapture> => {
    // The identification tools run alongside the Mac's read, not after it.
    const [mac, device] = await Promise.all([deps.readMac(), deps.readDevice?.() ?? null])
    return { ...mac, diagnosis: deps.diagnosis, device, answers: deps.answers ?? [], repair: null }
  }
  const outputOptions = async (): Promise<JobOutputOptions> => ({
    pseudonymize: deps.pseudonymize,
    appVersion,
    nowMs: deps.now(),
    ...(await historyForOutput(deps.history)),
    ...(deps.language ? { language: deps.language } : {}),
    ...(deps.config ? { config: deps.config } : {}),
  })
  const report = async (format: ReportFormat): Promise<string> => {
    const job = { kind: 'report', capture: await read(), options: await outputOptions(), format } as const
    return (await heavyWork.run(job)).text
  }

  return {
    report,

    /** Writes the report atomically. */
    async saveReport(file: string, format: ReportFormat): Promise<void> {
      await writeFileAtomic(file, await report(format))
      logger.info(`report written (${format})`)
    },

    /** Writes a diagnostics bundle atomically; its manifest says what is inside. */
    async saveBundle(file: string, { includeUnifiedLog = true } = {}): Promise<BundleManifest> {
      const { manifest } = await runBundleJob(
        heavyWork,
        async () => ({
          kind: 'bundle',
          file,
          capture: await read(),
          options: await outputOptions(),
          homeDir: deps.homeDir,
          includeUnifiedLog,
          sysroot: deps.sysroot ?? null,
        }),
        logger,
      )
      return manifest
    },
  }
}

export type Helpdesk = ReturnType<typeof createHelpdesk>
