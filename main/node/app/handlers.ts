/**
 * What every request channel does, in plain Node. The Electron shell (main/electron/ipc.ts) and the
 * preview server (main/node/preview/server.ts) both route requests here through `dispatch`, which
 * validates the argument first; so the two can never drift apart.
 */
import {
  fail,
  isInvokeChannel,
  ok,
  type AppInfo,
  type Handlers,
  type IpcResult,
} from '../../common/ipc/contract'
import type { AppConfig } from '../../common/config/appConfig'
import type { EffectiveConfig } from '../../common/config/effectiveConfig'
import { CONFIG_KEY_NAMES, type ConfigKey, type ConfigSource } from '../../common/config/keys'
import { isFindingId } from '../../common/diagnosis/findingIds'
import { isPlaybookId } from '../../common/repair/playbookIds'
import type { RepairCommand } from '../../common/repair/types'
import { resolveExternalUrl } from '../../common/security/policy'
import type { RepairSessions } from '../repair/repairSessions'
import { decodeSupportCode } from '../../common/supportCode/supportCode'
import type { SystemAccess } from '../system/tools'
import { parseRequest } from '../ipc/validate'
import type { HistorySource } from '../history/historyStore'
import { bundleFileName } from '../helpdesk/outputs'
import { createHelpdeskOutputs, type HelpdeskOutputs } from './helpdeskOutputs'
import { explainSupportCode } from '../../common/supportCode/explain'
import { inProcessHeavyWork, jobOptions, runBundleJob, type HeavyWork } from '../worker/heavyJobs'
import { sessionView } from './sessionView'
import type { StateOwner } from './stateOwner'
import type { Logger } from '../../common/logger'
import { createRateLimit } from '../../common/rateLimit'
import { isLanguage, isLanguageSetting } from '../../common/i18n'
import type { DeviceIdentity } from '../../common/model/deviceIdentity'
import type { LanguageOwner } from '../i18n/languageOwner'
import type { SignInLogConsent } from '../consent/signInLogConsent'

export interface HandlerDeps {
  stateOwner: StateOwner
  language: LanguageOwner
  repair: RepairSessions
  /** The user's choice about reading Company Portal's sign-in log; absent where there is no log (the preview). */
  signInLogConsent?: SignInLogConsent
  now: () => number
  config: () => AppConfig
  /** Where each value came from and the problems found; absent = every value is a default. */
  configProvenance?: () => Omit<EffectiveConfig, 'values'>
  appInfo: () => AppInfo
  /** Opens an already allow-listed URL (shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>
  /** Puts text on the clipboard; absent where the page must do it itself (the preview). */
  copyText?: (text: string) => void
  /** Turns the window into the compact guide or back; absent where there is no window (the preview). */
  setGuideMode?: (mode: 'compact' | 'full') => void
  /** The recorded state transitions (main/node/history); absent = not available in this shell. */
  history?: HistorySource['read']
  /** Reads how to find the Mac in Intune (helpdesk paths only); absent = not read here. */
  readDevice?: () => Promise<DeviceIdentity>
  /** Where reports and bundles are built: a worker in the app and the preview; absent = this thread. */
  heavyWork?: HeavyWork
  /** The desktop app's file dialogs (null = cancelled); absent in the preview, which has no files. */
  files?: {
    chooseSaveFile: (defaultName: string) => Promise<string | null>
    chooseOpenFile: () => Promise<string | null>
    system: SystemAccess
    homeDir: string
    /** PSSO_HELPER_SYSROOT, so a worker's tools resolve where this process's do. */
    sysroot?: string | null
  }
  /** The app log; absent = nothing is logged. */
  log?: Logger
}

export type { Handlers }

const desktopOnly = fail('notAvailable', 'Diagnostics bundles need the desktop app.')

export function createHandlers(
  deps: HandlerDeps,
  helpdesk: HelpdeskOutputs = createHelpdeskOutputs(deps),
): Handlers {
  // A renderer in a crash loop must not fill the log: ten errors a minute are plenty to diagnose it.
  const rendererErrors = createRateLimit({ max: 10, windowMs: 60_000, now: deps.now })
  const heavyWork = deps.heavyWork ?? inProcessHeavyWork(deps.files?.system)
  const current = () => {
    const session = deps.repair.current()
    return session ? sessionView(session) : null
  }
  /** The language the window asked for, else main's. */
  const languageOr = (asked: string | undefined) =>
    isLanguage(asked) ? asked : deps.language.current().language
  /** Runs a command on the running session, answering with the session afterwards. */
  const onSession =
    <R extends { sessionId: string }>(command: (request: R) => RepairCommand) =>
    async (request: R) => {
      const session = deps.repair.current()
      if (!session || session.id !== request.sessionId)
        return fail('noSession', 'That repair is no longer running.')
      deps.repair.handle(command(request))
      return ok(current()!)
    }

  return {
    'state:get': async () => ok(deps.stateOwner.snapshot()),
    'state:recheck': async () => ok(await deps.stateOwner.recheck('request')),
    'state:answer': async (answers) => {
      helpdesk.recordAnswers(answers)
      return ok(deps.stateOwner.answer(answers))
    },
    'playbook:start': async ({ playbookId, findingId = null }) => {
      if (!isPlaybookId(playbookId)) return fail('invalidArgument', `Unknown playbook: ${playbookId}`)
      if (findingId !== null && !isFindingId(findingId))
        return fail('invalidArgument', `Unknown finding: ${findingId}`)
      deps.repair.handle({ type: 'start', playbookId, findingId })
      return ok(current()!)
    },
    'playbook:current': async () => ok(current()),
    // A question belongs to its step, so the question id is the step id.
    'playbook:answer': onSession(({ questionId, answerId }) => ({
      type: 'answer',
      stepId: questionId,
      answerId,
    })),
    'playbook:advance': onSession(() => ({ type: 'next' })),
    'playbook:back': onSession(() => ({ type: 'back' })),
    'playbook:checkNow': onSession(() => ({ type: 'checkNow' })),
    'playbook:retry': onSession(() => ({ type: 'retry' })),
    'playbook:handOff': onSession(() => ({ type: 'handOff' })),
    'playbook:cancel': onSession(() => ({ type: 'cancel' })),
    'external:open': async (request) => {
      const url = resolveExternalUrl(request, deps.config())
      if (!url) return fail('notAllowed', `Nothing to open for “${request.intent}”.`)
      await deps.openExternal(url)
      return ok({ opened: url })
    },
    'clipboard:copy': async ({ text }) => {
      if (!deps.copyText) return fail('notAvailable', 'Copy in the page instead.')
      deps.copyText(text)
      return ok({ copied: text.length })
    },
    'window:guideMode': async ({ mode }) => {
      // The preview's page shows the compact layout by its own width; nothing to resize.
      deps.setGuideMode?.(mode)
      return ok({ mode })
    },
    'app:info': async () => ok(deps.appInfo()),
    'signInLog:consent': async () =>
      deps.signInLogConsent
        ? ok(deps.signInLogConsent.current())
        : fail('notAvailable', 'Reading the sign-in log needs the desktop app.'),
    'signInLog:setConsent': async ({ choice }) => {
      if (!deps.signInLogConsent)
        return fail('notAvailable', 'Reading the sign-in log needs the desktop app.')
      const state = await deps.signInLogConsent.choose(choice)
      // With the log allowed, the next read can name the cause: read now, in the background.
      if (choice === 'granted') void deps.stateOwner.recheck('request')
      return ok(state)
    },
    'language:get': async () => ok(deps.language.current()),
    'language:set': async ({ setting }) =>
      isLanguageSetting(setting)
        ? ok(await deps.language.choose(setting))
        : fail('invalidArgument', `language:set: unknown language “${setting}”.`),
    'config:get': async () =>
      ok({ values: deps.config(), ...(deps.configProvenance?.() ?? defaultProvenance()) }),
    'log:error': async ({ source, message, stack, screen }) => {
      if (!deps.log || !rendererErrors.allow()) return ok({ logged: false })
      const where = screen ? ` on the ${screen} screen` : ''
      const frames = stack ? ` | ${stack.split('\n').slice(0, 6).join(' ')}` : ''
      deps.log.error(`renderer ${source}${where}: ${message}${frames}`)
      return ok({ logged: true })
    },
    'history:get': async () =>
      deps.history ? ok(await deps.history()) : fail('notAvailable', 'No history is kept here.'),
    // One format: Markdown reads as plain text too.
    'helpdesk:report': async ({ language } = {}) => {
      const capture = await helpdesk.capture()
      if (!capture) return fail('failed', 'The Mac has not been read yet.')
      const options = jobOptions({ ...(await helpdesk.options()), language: languageOr(language) })
      const { text } = await heavyWork.run({ kind: 'report', capture, options, format: 'markdown' })
      return ok({ text })
    },
    'helpdesk:device': async () => {
      const device = await helpdesk.readDevice()
      return device ? ok(device) : fail('notAvailable', 'The Mac’s identification is not read here.')
    },
    'helpdesk:saveBundle': async () => {
      if (!deps.files) return desktopOnly
      if (!deps.stateOwner.capture()) return fail('failed', 'The Mac has not been read yet.')
      const file = await deps.files.chooseSaveFile(bundleFileName(deps.now()))
      if (!file) return fail('cancelled', 'No file was chosen.')
      const capture = await helpdesk.capture()
      if (!capture) return fail('failed', 'The Mac has not been read yet.')
      const { homeDir, sysroot } = deps.files
      await runBundleJob(
        heavyWork,
        async () => ({
          kind: 'bundle',
          file,
          capture,
          options: jobOptions(await helpdesk.options()),
          homeDir,
          includeUnifiedLog: true,
          sysroot: sysroot ?? null,
        }),
        deps.log,
      )
      return ok({ path: file })
    },
    'helpdesk:openBundle': async () => {
      if (!deps.files) return desktopOnly
      const file = await deps.files.chooseOpenFile()
      if (!file) return fail('cancelled', 'No file was chosen.')
      const opened = await heavyWork.run({ kind: 'openBundle', file })
      return opened.ok ? ok({ state: opened.bundle, path: file }) : fail('failed', opened.error)
    },
    'helpdesk:decodeSupportCode': async ({ code, language: asked }) => {
      const language = languageOr(asked)
      const decoded = decodeSupportCode(code, language)
      return decoded.ok
        ? ok(explainSupportCode(decoded.facts, language, deps.config()))
        : fail('invalidArgument', decoded.message)
    },
  }
}

/** Validates the argument, runs the handler, and turns anything thrown into a typed `failed`. */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  argument: unknown,
): Promise<IpcResult<unknown>> {
  if (!isInvokeChannel(channel)) return fail('invalidArgument', `Unknown channel: ${channel}`)
  const request = parseRequest(channel, argument)
  if (!request.ok) return request
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<IpcResult<unknown>>
    return await handler(request.data)
  } catch (error) {
    return fail('failed', error instanceof Error ? error.message : String(error))
  }
}

export function defaultProvenance(): Omit<EffectiveConfig, 'values'> {
  const sources = Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, 'default'])) as Record<
    ConfigKey,
    ConfigSource
  >
  return { sources, problems: [] }
}
