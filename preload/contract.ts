/**
 * The one IPC contract between the renderer and the main process (GitHub Desktop's ipc-shared.ts
 * style): channel names (`domain:verb`), the argument schema of every request (main validates each
 * one with zod before acting), the response types, and `HelperApi`, the named functions the preload
 * exposes as `window.helper`. The browser preview serves the same channels over HTTP.
 *
 * Errors cross the boundary as typed results, never as thrown strings. The renderer imports this
 * file with `import type` only (the preview bridge also reads the channel names).
 */
import { z } from 'zod'
import type { EffectiveConfig } from '../main/common/config/effectiveConfig'
import type { UserAnswers } from '../main/common/diagnosis/questions'
import type { MacState } from '../main/common/model/macState'
import type { HistoryRecord } from '../main/common/history/historyRecord'
import type { LanguageState } from '../main/common/i18n'
import type { RepairSession } from '../main/common/playbooks/types'

export type { LanguageState, UserAnswers }

// #region Results

export const IPC_ERROR_CODES = [
  /** The arguments failed validation. */
  'invalidArgument',
  /** The feature is not in this build yet, or not on this platform. */
  'notAvailable',
  /** A security rule refused it (URL not on the allow-list, untrusted sender). */
  'notAllowed',
  /** No playbook session is running, or the id does not match the running one. */
  'noSession',
  /** The user cancelled a dialog. */
  'cancelled',
  /** Anything else; the message says what. */
  'failed',
] as const
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

export interface IpcError {
  code: IpcErrorCode
  message: string
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })
export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
})

// #endregion
// #region Payloads

/** What the main process knows about the Mac right now; pushed whenever any field changes. */
export interface StateSnapshot {
  /**
   * Grows with every change. A reply to getState can arrive after a newer push: keep the snapshot
   * with the highest revision.
   */
  revision: number
  /** null before the first probe finished. */
  state: MacState | null
  /** A probe is running (show "checking your Mac…"). */
  checking: boolean
  /** When the last probe finished (ISO 8601). */
  checkedAt: string | null
  /** Why the last probe could not produce a state, if it could not. */
  error: IpcError | null
  /**
   * What the user told the app (main/common/diagnosis/questions.ts): kept in memory for the session,
   * never stored, changes nothing on the Mac; the diagnosis reads it.
   */
  answers: UserAnswers
}

/**
 * A running repair playbook as the renderer shows it: issue 3's RepairSession (`view`) plus the
 * phase the screen switches on, derived from it in one place (main/node/app/core.ts).
 */
export interface PlaybookSessionView {
  sessionId: string
  playbookId: string
  /**
   * `step`: a step is on screen; `verifying`: the step waits for the Mac to show the fix;
   * `fixed`: a fresh probe showed every piece of evidence; `notFixed`: the bound passed without it;
   * `handedOff`: passed to the helpdesk; `explained`: nothing to repair, the text was read;
   * `cancelled`: the user stopped.
   */
  phase: 'step' | 'verifying' | 'fixed' | 'notFixed' | 'handedOff' | 'explained' | 'cancelled'
  view: RepairSession
}

export interface AppInfo {
  name: string
  version: string
  /** BCP 47, most preferred first: the system's (the browser's, in the preview). */
  preferredLanguages: string[]
  /** `electron` in the desktop app, `preview` in the browser preview. */
  shell: 'electron' | 'preview'
  /** The demo scenario the preview serves; null for the live Mac. */
  scenario: string | null
}

/** Where the user can be sent outside the app; main resolves each intent to a URL and checks it. */
export const EXTERNAL_INTENTS = ['passwordChange', 'support', 'companyPortal', 'settingsPane'] as const
export type ExternalIntent = (typeof EXTERNAL_INTENTS)[number]

export interface DecodedSupportCode {
  /** Issue 5 fills these in. */
  findingIds: string[]
  details: Record<string, string | number | boolean | null>
}

// #endregion
// #region Channels

/** Request/response channels (renderer → main, answered with an IpcResult). */
export const INVOKE = {
  stateGet: 'state:get',
  stateRecheck: 'state:recheck',
  stateAnswer: 'state:answer',
  playbookStart: 'playbook:start',
  playbookCurrent: 'playbook:current',
  playbookAnswer: 'playbook:answer',
  playbookAdvance: 'playbook:advance',
  playbookBack: 'playbook:back',
  playbookCheckNow: 'playbook:checkNow',
  playbookHandOff: 'playbook:handOff',
  playbookCancel: 'playbook:cancel',
  externalOpen: 'external:open',
  clipboardCopy: 'clipboard:copy',
  appInfo: 'app:info',
  configGet: 'config:get',
  helpdeskReport: 'helpdesk:report',
  helpdeskSaveBundle: 'helpdesk:saveBundle',
  helpdeskOpenBundle: 'helpdesk:openBundle',
  helpdeskDecodeSupportCode: 'helpdesk:decodeSupportCode',
  historyGet: 'history:get',
  languageGet: 'language:get',
  languageSet: 'language:set',
} as const
export type InvokeChannel = (typeof INVOKE)[keyof typeof INVOKE]
const INVOKE_CHANNELS: ReadonlySet<string> = new Set(Object.values(INVOKE))
export const isInvokeChannel = (channel: string): channel is InvokeChannel => INVOKE_CHANNELS.has(channel)

/** Pushed channels (main → renderer). */
export const PUSH = {
  stateChanged: 'state:changed',
  playbookChanged: 'playbook:changed',
  languageChanged: 'language:changed',
} as const
export type PushChannel = (typeof PUSH)[keyof typeof PUSH]

/**
 * The argument of every request channel; main rejects anything else with `invalidArgument`.
 * Built on first use so the renderer, which only needs the channel names, does not bundle zod.
 */
const requestSchemas = () => {
  const id = z.string().min(1).max(100)
  const none = z.undefined()
  return {
    'state:get': none,
    'state:recheck': none,
    'state:answer': z
      .object({
        reportedEntraPasswordReset: z.boolean().optional(),
        expectsMacPasswordToFollowEntra: z.boolean().optional(),
      })
      .strict(),
    // Ids are checked against issue 3's catalogue by the handler (keeps zod out of the renderer).
    'playbook:start': z.object({ playbookId: id, findingId: id.nullable().optional() }).strict(),
    'playbook:current': none,
    'playbook:answer': z.object({ sessionId: id, questionId: id, answerId: id }).strict(),
    'playbook:advance': z.object({ sessionId: id }).strict(),
    'playbook:back': z.object({ sessionId: id }).strict(),
    'playbook:checkNow': z.object({ sessionId: id }).strict(),
    'playbook:handOff': z.object({ sessionId: id }).strict(),
    'playbook:cancel': z.object({ sessionId: id }).strict(),
    'external:open': z.union([
      z.object({ intent: z.enum(['passwordChange', 'support', 'companyPortal']) }).strict(),
      // A System Settings pane a playbook step names; main still checks it against the allow-list.
      z.object({ intent: z.literal('settingsPane'), url: z.string().max(300) }).strict(),
    ]),
    'clipboard:copy': z.object({ text: z.string().max(1_000_000) }).strict(),
    'app:info': none,
    'config:get': none,
    'helpdesk:report': z.object({ format: z.enum(['text', 'markdown']) }).strict(),
    'helpdesk:saveBundle': none,
    'helpdesk:openBundle': none,
    'helpdesk:decodeSupportCode': z.object({ code: z.string().min(1).max(200) }).strict(),
    'history:get': none,
    'language:get': none,
    // The setting is checked against the language registry by the handler (keeps the catalogue out of the preload).
    'language:set': z.object({ setting: z.string().min(1).max(20) }).strict(),
  } as const satisfies Record<InvokeChannel, z.ZodType>
}
type RequestSchemas = ReturnType<typeof requestSchemas>
let schemas: RequestSchemas | undefined

export type RequestOf<C extends InvokeChannel> = z.infer<RequestSchemas[C]>

/** What each request channel answers with (inside an IpcResult). */
export interface ResponseMap {
  'state:get': StateSnapshot
  'state:recheck': StateSnapshot
  'state:answer': StateSnapshot
  'playbook:start': PlaybookSessionView
  'playbook:current': PlaybookSessionView | null
  'playbook:answer': PlaybookSessionView
  'playbook:advance': PlaybookSessionView
  'playbook:back': PlaybookSessionView
  'playbook:checkNow': PlaybookSessionView
  'playbook:handOff': PlaybookSessionView
  'playbook:cancel': PlaybookSessionView
  'external:open': { opened: string }
  'clipboard:copy': { copied: number }
  'app:info': AppInfo
  /** Every value, where it came from ("set by your organisation"), and the problems found. */
  'config:get': EffectiveConfig
  'helpdesk:report': { text: string }
  'helpdesk:saveBundle': { path: string }
  'helpdesk:openBundle': { state: MacState; path: string }
  'helpdesk:decodeSupportCode': DecodedSupportCode
  /** The recorded state transitions, oldest first (main/node/history). */
  'history:get': { records: HistoryRecord[]; skippedLines: number }
  'language:get': LanguageState
  'language:set': LanguageState
}

export interface PushMap {
  'state:changed': StateSnapshot
  'playbook:changed': PlaybookSessionView | null
  'language:changed': LanguageState
}

// #endregion
// #region The API the preload exposes

type Reply<C extends InvokeChannel> = Promise<IpcResult<ResponseMap[C]>>
type Unsubscribe = () => void

/** `window.helper`: one named function per channel, nothing generic. */
export interface HelperApi {
  getState(): Reply<'state:get'>
  requestRecheck(): Reply<'state:recheck'>
  /** Tells main what the user answered; main diagnoses the latest read again (no new probe). */
  answerQuestion(request: RequestOf<'state:answer'>): Reply<'state:answer'>
  onStateChanged(listener: (snapshot: StateSnapshot) => void): Unsubscribe

  startPlaybook(request: RequestOf<'playbook:start'>): Reply<'playbook:start'>
  currentPlaybook(): Reply<'playbook:current'>
  answerPlaybook(request: RequestOf<'playbook:answer'>): Reply<'playbook:answer'>
  advancePlaybook(request: RequestOf<'playbook:advance'>): Reply<'playbook:advance'>
  backPlaybook(request: RequestOf<'playbook:back'>): Reply<'playbook:back'>
  /** Probe now instead of waiting for the verification loop's next turn. */
  checkPlaybookNow(request: RequestOf<'playbook:checkNow'>): Reply<'playbook:checkNow'>
  handOffPlaybook(request: RequestOf<'playbook:handOff'>): Reply<'playbook:handOff'>
  cancelPlaybook(request: RequestOf<'playbook:cancel'>): Reply<'playbook:cancel'>
  onPlaybookChanged(listener: (session: PlaybookSessionView | null) => void): Unsubscribe

  openExternal(request: RequestOf<'external:open'>): Reply<'external:open'>
  copyText(request: RequestOf<'clipboard:copy'>): Reply<'clipboard:copy'>
  getAppInfo(): Reply<'app:info'>
  getConfig(): Reply<'config:get'>

  getReportText(request: RequestOf<'helpdesk:report'>): Reply<'helpdesk:report'>
  saveDiagnosticsBundle(): Reply<'helpdesk:saveBundle'>
  openDiagnosticsBundle(): Reply<'helpdesk:openBundle'>
  decodeSupportCode(request: RequestOf<'helpdesk:decodeSupportCode'>): Reply<'helpdesk:decodeSupportCode'>
  getHistory(): Reply<'history:get'>

  /** The language main decided (configuration, else the user's choice, else the system). */
  getLanguage(): Reply<'language:get'>
  setLanguage(request: RequestOf<'language:set'>): Reply<'language:set'>
  onLanguageChanged(listener: (state: LanguageState) => void): Unsubscribe
}

/** Which channel each HelperApi request function calls (the preload and the preview bridge share it). */
export const API_CHANNELS = {
  getState: INVOKE.stateGet,
  requestRecheck: INVOKE.stateRecheck,
  answerQuestion: INVOKE.stateAnswer,
  startPlaybook: INVOKE.playbookStart,
  currentPlaybook: INVOKE.playbookCurrent,
  answerPlaybook: INVOKE.playbookAnswer,
  advancePlaybook: INVOKE.playbookAdvance,
  backPlaybook: INVOKE.playbookBack,
  checkPlaybookNow: INVOKE.playbookCheckNow,
  handOffPlaybook: INVOKE.playbookHandOff,
  cancelPlaybook: INVOKE.playbookCancel,
  openExternal: INVOKE.externalOpen,
  copyText: INVOKE.clipboardCopy,
  getAppInfo: INVOKE.appInfo,
  getConfig: INVOKE.configGet,
  getReportText: INVOKE.helpdeskReport,
  saveDiagnosticsBundle: INVOKE.helpdeskSaveBundle,
  openDiagnosticsBundle: INVOKE.helpdeskOpenBundle,
  decodeSupportCode: INVOKE.helpdeskDecodeSupportCode,
  getHistory: INVOKE.historyGet,
  getLanguage: INVOKE.languageGet,
  setLanguage: INVOKE.languageSet,
} as const satisfies Record<Exclude<keyof HelperApi, `on${string}`>, InvokeChannel>

/** Which push channel each HelperApi subscription listens to. */
export const API_SUBSCRIPTIONS = {
  onStateChanged: PUSH.stateChanged,
  onPlaybookChanged: PUSH.playbookChanged,
  onLanguageChanged: PUSH.languageChanged,
} as const satisfies Record<Extract<keyof HelperApi, `on${string}`>, PushChannel>

/** Validates a request's argument; the error message names the channel and the first problem. */
export function parseRequest<C extends InvokeChannel>(
  channel: C,
  argument: unknown,
): { ok: true; data: RequestOf<C> } | { ok: false; error: IpcError } {
  schemas ??= requestSchemas()
  const schema: z.ZodType = schemas[channel]
  const parsed = schema.safeParse(argument)
  if (parsed.success) return { ok: true, data: parsed.data as RequestOf<C> }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return {
    ok: false,
    error: { code: 'invalidArgument', message: `${channel}: ${issue?.message ?? 'invalid'}${where}` },
  }
}

declare global {
  interface Window {
    /** Present in the desktop app (the preload) and in the preview (the HTTP bridge). */
    helper?: HelperApi
  }
}

// #endregion
