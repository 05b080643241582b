/**
 * What the app's report and bundle are made of besides the latest read: the Mac's identification,
 * the user's answers with when they were given, the repair the user is in, the UI's language and the
 * history. The IPC handlers and the preview's download both use this, so they build the same bundle.
 */
import type { AnsweredQuestion, QuestionId, UserAnswers } from '../../common/diagnosis/questions'
import { repairPositionOf } from '../../common/supportCode/repairPosition'
import { formatIsoSeconds } from '../../common/time'
import {
  bundleBytesFromCapture,
  bundleFileName,
  historyForOutput,
  type HelpdeskCapture,
  type HelpdeskOutputOptions,
} from '../helpdesk/outputs'
import type { SystemAccess } from '../system/tools'
import type { AppConfig } from '../../common/config/appConfig'
import type { AppInfo } from '../../common/ipc/contract'
import type { DeviceIdentity } from '../../common/model/deviceIdentity'
import type { HistorySource } from '../history/historyStore'
import type { LanguageOwner } from '../i18n/languageOwner'
import type { RepairSessions } from '../repair/repairSessions'
import { sessionView } from './sessionView'
import type { StateOwner } from './stateOwner'

/** The part of the handlers' dependencies a report or bundle needs. */
export interface HelpdeskOutputDeps {
  stateOwner: StateOwner
  language: LanguageOwner
  repair: RepairSessions
  now: () => number
  config: () => AppConfig
  appInfo: () => AppInfo
  history?: HistorySource['read']
  readDevice?: () => Promise<DeviceIdentity>
}

export function createHelpdeskOutputs(deps: HelpdeskOutputDeps) {
  // When each answer was given (the state owner keeps the answers themselves).
  const answeredAt = new Map<QuestionId, string>()
  const answered = (): AnsweredQuestion[] =>
    Object.entries(deps.stateOwner.snapshot().answers)
      .filter((entry): entry is [QuestionId, boolean] => typeof entry[1] === 'boolean')
      .map(([question, answer]) => ({ question, answer, at: answeredAt.get(question) ?? '' }))
  const readDevice = cachedDeviceRead(deps.readDevice)
  const currentSession = () => {
    const session = deps.repair.current()
    return session ? sessionView(session) : null
  }

  const outputs = {
    readDevice,
    recordAnswers(answers: UserAnswers) {
      for (const question of Object.keys(answers) as QuestionId[])
        answeredAt.set(question, formatIsoSeconds(deps.now()))
    },
    /** The latest read with everything a report or bundle adds to it; null before the first read. */
    async capture(): Promise<HelpdeskCapture | null> {
      const capture = deps.stateOwner.capture()
      if (!capture) return null
      return {
        ...capture,
        device: await readDevice(),
        answers: answered(),
        repair: repairPositionOf(currentSession()),
      }
    },
    async options(): Promise<HelpdeskOutputOptions> {
      // Reports and bundles carry the history too; one that cannot be read is left out with its reason.
      const readHistory = deps.history
      return {
        pseudonymize: deps.config().PseudonymizeIdentifiers,
        appVersion: deps.appInfo().version,
        now: deps.now,
        language: deps.language.current().language,
        config: deps.config(),
        ...(await historyForOutput(readHistory && (async () => (await readHistory()).records))),
      }
    },
    /** The bundle in memory and the name to save it under; null before the first read. */
    async bundle(system: SystemAccess, homeDir: string) {
      const capture = await outputs.capture()
      if (!capture) return null
      const { zip } = await bundleBytesFromCapture(capture, { ...(await outputs.options()), system, homeDir })
      return { zip, fileName: bundleFileName(deps.now()) }
    },
  }
  return outputs
}

export type HelpdeskOutputs = ReturnType<typeof createHelpdeskOutputs>

/**
 * The Mac's identification, read once: its serial number and model do not change while the app runs,
 * and system_profiler takes about a second. Concurrent callers share the read in flight; a read that
 * failed or left a problem is not kept, so the next caller tries again. Null where nothing reads it.
 */
function cachedDeviceRead(read: (() => Promise<DeviceIdentity>) | undefined) {
  let kept: Promise<DeviceIdentity | null> | null = null
  return async (): Promise<DeviceIdentity | null> => {
    if (!read) return null
    if (!kept) {
      const attempt = read().catch(() => null)
      kept = attempt
      void attempt.then((device) => {
        if ((!device || device.problems.length > 0) && kept === attempt) kept = null
      })
    }
    return kept
  }
}
