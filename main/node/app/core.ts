/**
 * The app's core, shared by the Electron shell and the browser preview: the state owner, the repair
 * sessions (whose verification loop probes through the state owner, so every probe also updates
 * the status), the request handlers, and one subscription for everything pushed to the renderer.
 */
import { randomUUID } from 'node:crypto'
import { type PushChannel, type PushMap, type UserAnswers } from '../../common/ipc/contract'
import { diagnosisContext, type DiagnosisContext } from '../../common/diagnosis/rules'
import type { MacState } from '../../common/model/macState'
import type { EffectiveConfig } from '../../common/config/effectiveConfig'
import { stateFromCapture, type RawCapture } from '../probe/readMacState'
import { fileVaultContextOf } from '../../common/repair/session'
import { createRepairSessions, type RepairSessions } from '../repair/repairSessions'
import { realTimers, type Timers } from '../../common/timers'
import type { BackoffPolicy } from '../repair/verificationLoop'
import { createHandlers, type HandlerDeps, type Handlers } from './handlers'
import { createHelpdeskOutputs, type HelpdeskOutputs } from './helpdeskOutputs'
import { sessionView } from './sessionView'
import { createStateOwner, type StateOwner } from './stateOwner'
import { createLanguageOwner, type LanguageOwner } from '../i18n/languageOwner'

export interface AppCoreDeps extends Omit<HandlerDeps, 'stateOwner' | 'repair' | 'language'> {
  /** Who decides the language; absent = the configuration, else the system (no saved choice). */
  language?: LanguageOwner
  /** readMacState with the app's dependencies, diagnosed with this context (config + the user's answers). */
  read: (diagnosis: DiagnosisContext) => Promise<{ state: MacState; raw: RawCapture }>
  /** The Mac's clock: when repairs start, what counts as fresh. */
  now: () => number
  /** The user's clock, for "checked 2 minutes ago"; the same as `now` except in a demo. */
  wallClock?: () => number
  timers?: Timers
  backoff?: BackoffPolicy
  /**
   * Re-reads the managed preferences before each read of the Mac, so that read is diagnosed with
   * them (a changed TokenExpiryWarningHours counts at once); absent = the configuration is fixed.
   */
  refreshConfig?: () => Promise<unknown>
  /** Configuration changes while the app runs (main/node/config/liveConfig.ts); absent = fixed. */
  configChanges?: (listener: (config: EffectiveConfig) => void) => () => void
}

export type PushSender = <C extends PushChannel>(channel: C, payload: PushMap[C]) => void

export interface AppCore {
  stateOwner: StateOwner
  language: LanguageOwner
  repair: RepairSessions
  handlers: Handlers
  /** The report's and bundle's ingredients (the preview's download builds the same bundle). */
  helpdesk: HelpdeskOutputs
  /** Sends every state and session change; returns the unsubscribe function. */
  subscribe(send: PushSender): () => void
  dispose(): void
}

export function createAppCore({
  read,
  now,
  wallClock = now,
  timers = realTimers,
  backoff,
  refreshConfig,
  configChanges,
  language = createLanguageOwner({
    configured: () => handlerDeps.config().Language,
    systemLanguages: () => handlerDeps.appInfo().preferredLanguages,
  }),
  ...handlerDeps
}: AppCoreDeps): AppCore {
  const context = (answers: UserAnswers) => diagnosisContext(handlerDeps.config(), answers)
  const stateOwner = createStateOwner({
    read: async (answers) => {
      await refreshConfig?.()
      const diagnosis = context(answers)
      return { ...(await read(diagnosis)), diagnosis }
    },
    // An answer changes the diagnosis, not the Mac: the capture is diagnosed again.
    rediagnose: ({ raw }, answers) => {
      const diagnosis = context(answers)
      return { raw, state: stateFromCapture(raw, diagnosis), diagnosis }
    },
    now: wallClock,
  })
  const sessionSenders = new Set<PushSender>()
  const repair = createRepairSessions({
    probe: () => stateOwner.readState('playbook'),
    now,
    timers,
    newId: randomUUID,
    macContext: () => fileVaultContextOf(stateOwner.snapshot().state),
    publish: (session) => {
      for (const send of sessionSenders) send('playbook:changed', session ? sessionView(session) : null)
    },
    ...(backoff ? { policy: backoff } : {}),
  })
  const deps = { ...handlerDeps, now, stateOwner, repair, language }
  const helpdesk = createHelpdeskOutputs(deps)
  return {
    stateOwner,
    repair,
    language,
    helpdesk,
    handlers: createHandlers(deps, helpdesk),
    subscribe(send) {
      sessionSenders.add(send)
      const unsubscribeState = stateOwner.subscribe((snapshot) => send('state:changed', snapshot))
      const unsubscribeLanguage = language.subscribe((state) => send('language:changed', state))
      const unsubscribeConfig = configChanges?.((config) => send('config:changed', config)) ?? (() => {})
      return () => {
        sessionSenders.delete(send)
        unsubscribeState()
        unsubscribeLanguage()
        unsubscribeConfig()
      }
    },
    dispose: () => repair.dispose(),
  }
}
