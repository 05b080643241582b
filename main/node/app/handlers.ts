/**
 * What every request channel does, in plain Node. The Electron shell (main/electron/ipc.ts) and the
 * preview server (main/node/preview/server.ts) both route requests here through `dispatch`, which
 * validates the argument first; so the two can never drift apart.
 */
import {
  INVOKE,
  fail,
  isInvokeChannel,
  ok,
  parseRequest,
  type AppInfo,
  type InvokeChannel,
  type IpcResult,
  type RequestOf,
  type ResponseMap,
} from '../../../preload/contract'
import type { AppConfig } from '../../common/config/appConfig'
import type { EffectiveConfig } from '../../common/config/effectiveConfig'
import { CONFIG_KEY_NAMES, type ConfigKey, type ConfigSource } from '../../common/config/keys'
import { FINDING_IDS, type FindingId } from '../../common/diagnosis/findingIds'
import { PLAYBOOK_IDS, type PlaybookId, type RepairCommand } from '../../common/playbooks/types'
import { resolveExternalUrl } from '../../common/security/policy'
import type { RepairSessions } from '../repair/repairSessions'
import { decodeSupportCode } from '../../common/supportCode/supportCode'
import { openBundle } from '../bundle/openBundle'
import type { SystemAccess } from '../system/tools'
import type { HistorySource } from '../history/demoHistory'
import {
  bundleFromCapture,
  historyForOutput,
  reportFromCapture,
  type HelpdeskOutputOptions,
} from '../helpdesk/helpdesk'
import { decodedSupportCode, type LatestCapture } from './helpdesk'
import { sessionView } from './sessionView'
import type { StateOwner } from './stateOwner'

export interface HandlerDeps {
  stateOwner: StateOwner
  repair: RepairSessions
  /** The latest read of the Mac with its raw output (the report needs both); null before the first. */
  latestCapture: () => LatestCapture | null
  now: () => number
  config: () => AppConfig
  /** Where each value came from and the problems found; absent = every value is a default. */
  configProvenance?: () => Omit<EffectiveConfig, 'values'>
  appInfo: () => AppInfo
  /** Opens an already allow-listed URL (shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>
  /** Puts text on the clipboard; absent where the page must do it itself (the preview). */
  copyText?: (text: string) => void
  /** The recorded state transitions (main/node/history); absent = not available in this shell. */
  history?: HistorySource['read']
  /** The desktop app's file dialogs (null = cancelled); absent in the preview, which has no files. */
  files?: {
    chooseSaveFile: (defaultName: string) => Promise<string | null>
    chooseOpenFile: () => Promise<string | null>
    system: SystemAccess
    homeDir: string
  }
}

export type Handlers = {
  [C in InvokeChannel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseMap[C]>>
}

const desktopOnly = fail('notAvailable', 'Diagnostics bundles need the desktop app.')

const isPlaybookId = (id: string): id is PlaybookId => (PLAYBOOK_IDS as readonly string[]).includes(id)
const isFindingId = (id: string): id is FindingId => (FINDING_IDS as readonly string[]).includes(id)

export function createHandlers(deps: HandlerDeps): Handlers {
  // Reports and bundles carry the history too; one that cannot be read is left out with its reason.
  const readHistory = deps.history
  const outputOptions = async (): Promise<HelpdeskOutputOptions> => ({
    pseudonymize: deps.config().PseudonymizeIdentifiers,
    appVersion: deps.appInfo().version,
    now: deps.now,
    ...(await historyForOutput(readHistory && (async () => (await readHistory()).records))),
  })
  const current = () => {
    const session = deps.repair.current()
    return session ? sessionView(session) : null
  }
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
    [INVOKE.stateGet]: async () => ok(deps.stateOwner.snapshot()),
    [INVOKE.stateRecheck]: async () => ok(await deps.stateOwner.recheck('request')),
    [INVOKE.stateAnswer]: async (answers) => ok(deps.stateOwner.answer(answers)),
    [INVOKE.playbookStart]: async ({ playbookId, findingId = null }) => {
      if (!isPlaybookId(playbookId)) return fail('invalidArgument', `Unknown playbook: ${playbookId}`)
      if (findingId !== null && !isFindingId(findingId))
        return fail('invalidArgument', `Unknown finding: ${findingId}`)
      deps.repair.handle({ type: 'start', playbookId, findingId })
      return ok(current()!)
    },
    [INVOKE.playbookCurrent]: async () => ok(current()),
    // A question belongs to its step, so the question id is the step id.
    [INVOKE.playbookAnswer]: onSession(({ questionId, answerId }) => ({
      type: 'answer',
      stepId: questionId,
      answerId,
    })),
    [INVOKE.playbookAdvance]: onSession(() => ({ type: 'next' })),
    [INVOKE.playbookBack]: onSession(() => ({ type: 'back' })),
    [INVOKE.playbookCheckNow]: onSession(() => ({ type: 'checkNow' })),
    [INVOKE.playbookHandOff]: onSession(() => ({ type: 'handOff' })),
    [INVOKE.playbookCancel]: onSession(() => ({ type: 'cancel' })),
    [INVOKE.externalOpen]: async (request) => {
      const url = resolveExternalUrl(request, deps.config())
      if (!url) return fail('notAllowed', `Nothing to open for “${request.intent}”.`)
      await deps.openExternal(url)
      return ok({ opened: url })
    },
    [INVOKE.clipboardCopy]: async ({ text }) => {
      if (!deps.copyText) return fail('notAvailable', 'Copy in the page instead.')
      deps.copyText(text)
      return ok({ copied: text.length })
    },
    [INVOKE.appInfo]: async () => ok(deps.appInfo()),
    [INVOKE.configGet]: async () =>
      ok({ values: deps.config(), ...(deps.configProvenance?.() ?? defaultProvenance()) }),
    [INVOKE.historyGet]: async () =>
      deps.history ? ok(await deps.history()) : fail('notAvailable', 'No history is kept here.'),
    // Markdown reads as plain text, so both formats answer with it (issue 5 has no plain variant).
    [INVOKE.helpdeskReport]: async () => {
      const capture = deps.latestCapture()
      if (!capture) return fail('failed', 'The Mac has not been read yet.')
      return ok({ text: reportFromCapture(capture, await outputOptions(), 'markdown') })
    },
    [INVOKE.helpdeskSaveBundle]: async () => {
      const capture = deps.latestCapture()
      if (!deps.files) return desktopOnly
      if (!capture) return fail('failed', 'The Mac has not been read yet.')
      const day = new Date(deps.now()).toISOString().slice(0, 10)
      const file = await deps.files.chooseSaveFile(`PSSO Helper diagnostics ${day}.zip`)
      if (!file) return fail('cancelled', 'No file was chosen.')
      const { system, homeDir } = deps.files
      await bundleFromCapture(file, capture, { ...(await outputOptions()), system, homeDir })
      return ok({ path: file })
    },
    [INVOKE.helpdeskOpenBundle]: async () => {
      if (!deps.files) return desktopOnly
      const file = await deps.files.chooseOpenFile()
      if (!file) return fail('cancelled', 'No file was chosen.')
      const opened = await openBundle(file)
      return opened.ok ? ok({ state: opened.bundle, path: file }) : fail('failed', opened.error)
    },
    [INVOKE.helpdeskDecodeSupportCode]: async ({ code }) => {
      const decoded = decodeSupportCode(code)
      return decoded.ok ? ok(decodedSupportCode(decoded.facts)) : fail('invalidArgument', decoded.message)
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

function defaultProvenance(): Omit<EffectiveConfig, 'values'> {
  const sources = Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, 'default'])) as Record<
    ConfigKey,
    ConfigSource
  >
  return { sources, problems: [] }
}
