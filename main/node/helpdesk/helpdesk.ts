/**
 * The helpdesk features behind one small facade, for the CLI and the Electron shell's IPC handlers:
 * the report, saving and opening a bundle, decoding a support code. Everything it needs is passed in.
 */
import type { DiagnosisContext } from '../../common/diagnosis/rules'
import { silentLogger, type Logger } from '../../common/logger'
import type { MacState } from '../../common/model/macState'
import { decodeSupportCode } from '../../common/supportCode/supportCode'
import { APP_VERSION } from '../appVersion'
import { writeBundle, type BundleManifest } from '../bundle/bundle'
import { openBundle } from '../bundle/openBundle'
import { writeFileAtomic } from '../files/atomicWrite'
import { formatIsoSeconds } from '../parsers/values'
import type { RawCapture } from '../probe/readMacState'
import { createRedactor } from '../report/redact'
import { buildReport } from '../report/report'
import type { SystemAccess } from '../system/tools'
import type { HistoryRecord } from '../../common/history/historyRecord'

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
  appVersion?: string
  /** The recorded state transitions (main/node/history), for the report's history section. */
  history?: () => Promise<HistoryRecord[]>
}

export type ReportFormat = 'markdown' | 'json'

export function createHelpdesk(deps: HelpdeskDeps) {
  const logger = deps.logger ?? silentLogger
  const appVersion = deps.appVersion ?? APP_VERSION
  /** Reads the Mac, with a redactor for this one report (its own pseudonym key). */
  const read = async () => {
    const { state, raw } = await deps.readMac()
    const redactor = createRedactor({
      pseudonymize: deps.pseudonymize,
      identifiers: [state.psso.deviceId, state.psso.tenantId],
    })
    return { state, raw, redactor }
  }

  /** The redacted report as text: Markdown for a ticket, JSON for tools. */
  const report = async (format: ReportFormat): Promise<string> => {
    const { state, raw, redactor } = await read()
    const history = await deps.history?.()
    const built = buildReport(
      {
        state,
        capture: raw,
        appVersion,
        generatedAt: formatIsoSeconds(deps.now()),
        ...(history ? { history } : {}),
      },
      { redactor },
    )
    return format === 'json' ? `${JSON.stringify(built.json, null, 2)}\n` : built.markdown
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
      const { state, raw, redactor } = await read()
      const history = await deps.history?.()
      return writeBundle(
        file,
        {
          state,
          capture: raw,
          appVersion,
          now: deps.now,
          homeDir: deps.homeDir,
          system: deps.system,
          includeUnifiedLog,
          diagnosis: deps.diagnosis,
          logger,
          ...(history ? { history } : {}),
        },
        { redactor },
      )
    },

    openBundle,
    decodeSupportCode,
  }
}

export type Helpdesk = ReturnType<typeof createHelpdesk>
