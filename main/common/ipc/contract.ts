/**
 * The one IPC contract between the renderer and the main process: one table, each channel once
 * (its `domain:verb` name, whether the renderer invokes it or main pushes it, the argument's schema,
 * the answer's type, and the `window.helper` function that carries it). The preload, the renderer
 * bridge, the browser preview's HTTP bridge, the handler table and the Electron registration are all
 * derived from it.
 *
 * Schemas are written as builders taking zod as a parameter, and zod is imported here as a type only:
 * the renderer and the preload bundle the table without zod; main builds the schemas on first use
 * (main/node/ipc/validate.ts) and rejects every argument that fails them with `invalidArgument`.
 * Errors cross the boundary as typed results, never as thrown strings.
 */
import type { z } from 'zod'
import type { EffectiveConfig } from '../config/effectiveConfig'
import type { UserAnswers } from '../diagnosis/questions'
import type { HistoryRecord } from '../history/historyRecord'
import type { LanguageState } from '../i18n'
import type { DeviceIdentity } from '../model/deviceIdentity'
import type { MacState } from '../model/macState'
import type { OpenedBundle } from '../model/openedBundle'
import type { RepairSession } from '../repair/types'
import type { ExplainedCode } from '../supportCode/explain'

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

/** The user's answer about reading Company Portal's sign-in log (main/node/consent). */
export const SIGN_IN_LOG_CHOICES = ['granted', 'declined'] as const
export type SignInLogChoice = (typeof SIGN_IN_LOG_CHOICES)[number]
export interface SignInLogConsentState {
  choice: SignInLogChoice | 'unasked'
}

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
 * A running repair playbook as the renderer shows it: the playbook engine's RepairSession (`view`)
 * plus the phase the screen switches on, derived from it in one place (main/node/app/sessionView.ts).
 */
export interface PlaybookSessionView {
  sessionId: string
  playbookId: string
  /**
   * `step`: a step is on screen; `verifying`: the step waits for the Mac to show the fix;
   * `waiting`: the bound passed on a stage where the user still has something to do (never a
   * failure: "Waiting for you to…", with help);
   * `fixed`: a fresh probe showed every piece of evidence; `notFixed`: the user's part is done and
   * the bound (counted from their last progress) passed without it;
   * `handedOff`: passed to the helpdesk; `explained`: nothing to repair, the text was read;
   * `cancelled`: the user stopped.
   */
  phase: 'step' | 'verifying' | 'waiting' | 'fixed' | 'notFixed' | 'handedOff' | 'explained' | 'cancelled'
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
  /**
   * The user's accent colour as macOS reports it (`RRGGBBAA`, System Settings › Appearance); null
   * where there is none to read (the preview, other platforms): the window uses the system blue.
   */
  accentColor: string | null
}

/** The window's screens, which the toolbar and the app menu's View menu open. */
export const SCREENS = ['status', 'helpdesk', 'about'] as const
export type Screen = (typeof SCREENS)[number]
/** Where a menu item can send the window: a screen, or the Settings sheet. */
export type NavigationTarget = Screen | 'settings'

/** Where the user can be sent outside the app; main resolves each intent to a URL and checks it. */
export const EXTERNAL_INTENTS = ['passwordChange', 'support', 'companyPortal', 'settingsPane'] as const
export type ExternalIntent = (typeof EXTERNAL_INTENTS)[number]

/** A decoded support code as the helpdesk view shows it, in the UI's language (supportCode/explain.ts). */
export type DecodedSupportCode = ExplainedCode

// #endregion
// #region The table

type Zod = typeof z
/** Builds a channel's argument schema from the zod it is given (main passes the real one). */
type SchemaBuilder = (zod: Zod) => z.ZodType

interface InvokeEntry<Channel extends string, Build extends SchemaBuilder, Response> {
  kind: 'invoke'
  channel: Channel
  request: Build
  /** Never set: carries the answer's type (in a tuple, so `null` survives). */
  response?: [Response]
}

interface PushEntry<Channel extends string, Payload> {
  kind: 'push'
  channel: Channel
  /** Never set: carries the payload's type (in a tuple, so `null` survives). */
  payload?: [Payload]
}

/** A request/response channel (renderer → main, answered with an IpcResult of `Response`). */
const invoke =
  <Response>() =>
  <Channel extends `${string}:${string}`, Build extends SchemaBuilder>(channel: Channel, request: Build) =>
    ({ kind: 'invoke', channel, request }) as InvokeEntry<Channel, Build, Response>

/** A pushed channel (main → renderer). */
const push =
  <Payload>() =>
  <Channel extends `${string}:${string}`>(channel: Channel) =>
    ({ kind: 'push', channel }) as PushEntry<Channel, Payload>

const none = (zod: Zod) => zod.undefined()
const id = (zod: Zod) => zod.string().min(1).max(100)
const onSession = (zod: Zod) => zod.object({ sessionId: id(zod) }).strict()
/** The window's language, for texts main writes (the preview's main cannot see the browser's languages). */
const inLanguage = (zod: Zod) =>
  zod
    .object({ language: zod.string().min(2).max(10).optional() })
    .strict()
    .optional()

/** `window.helper`'s functions, each with its channel; the only list of channels there is. */
export const CONTRACT = {
  getState: invoke<StateSnapshot>()('state:get', none),
  requestRecheck: invoke<StateSnapshot>()('state:recheck', none),
  /** Tells main what the user answered; main diagnoses the latest read again (no new probe). */
  answerQuestion: invoke<StateSnapshot>()('state:answer', (zod) =>
    zod
      .object({
        reportedEntraPasswordReset: zod.boolean().optional(),
        expectsMacPasswordToFollowEntra: zod.boolean().optional(),
      })
      .strict(),
  ),
  onStateChanged: push<StateSnapshot>()('state:changed'),

  // Ids are checked against the playbook catalogue by the handler.
  startPlaybook: invoke<PlaybookSessionView>()('playbook:start', (zod) =>
    zod.object({ playbookId: id(zod), findingId: id(zod).nullable().optional() }).strict(),
  ),
  currentPlaybook: invoke<PlaybookSessionView | null>()('playbook:current', none),
  answerPlaybook: invoke<PlaybookSessionView>()('playbook:answer', (zod) =>
    zod.object({ sessionId: id(zod), questionId: id(zod), answerId: id(zod) }).strict(),
  ),
  advancePlaybook: invoke<PlaybookSessionView>()('playbook:advance', onSession),
  backPlaybook: invoke<PlaybookSessionView>()('playbook:back', onSession),
  /** Probe now instead of waiting for the verification loop's next turn. */
  checkPlaybookNow: invoke<PlaybookSessionView>()('playbook:checkNow', onSession),
  /** "Try the steps again" after "not fixed": back to the first stage, a new bound from now. */
  retryPlaybook: invoke<PlaybookSessionView>()('playbook:retry', onSession),
  handOffPlaybook: invoke<PlaybookSessionView>()('playbook:handOff', onSession),
  /**
   * The window as a small always-on-top guide beside System Settings (`compact`), or full size.
   * The renderer asks when a stage sends the user to System Settings and when the Mac confirms.
   */
  setGuideMode: invoke<{ mode: 'compact' | 'full' }>()('window:guideMode', (zod) =>
    zod.object({ mode: zod.enum(['compact', 'full']) }).strict(),
  ),
  cancelPlaybook: invoke<PlaybookSessionView>()('playbook:cancel', onSession),
  onPlaybookChanged: push<PlaybookSessionView | null>()('playbook:changed'),

  openExternal: invoke<{ opened: string }>()('external:open', (zod) =>
    zod.union([
      zod.object({ intent: zod.enum(['passwordChange', 'support', 'companyPortal']) }).strict(),
      // A System Settings pane a playbook step names; main still checks it against the allow-list.
      zod.object({ intent: zod.literal('settingsPane'), url: zod.string().max(300) }).strict(),
    ]),
  ),
  copyText: invoke<{ copied: number }>()('clipboard:copy', (zod) =>
    zod.object({ text: zod.string().max(1_000_000) }).strict(),
  ),
  getAppInfo: invoke<AppInfo>()('app:info', none),
  /** The accent colour changed in System Settings (the same value as AppInfo.accentColor). */
  onAccentColorChanged: push<string | null>()('app:accentColor'),
  /** An app-menu item (View › Status ⌘1, App › About, Settings… ⌘,) asks the window to show this. */
  onNavigate: push<NavigationTarget>()('app:navigate'),
  /** Every value, where it came from ("set by your organisation"), and the problems found. */
  getConfig: invoke<EffectiveConfig>()('config:get', none),
  /** A managed or user preference changed while the app runs: the new effective configuration. */
  onConfigChanged: push<EffectiveConfig>()('config:changed'),
  /** A renderer error, for the app log (capped here; main redacts and rate-limits it). */
  logError: invoke<{ logged: boolean }>()('log:error', (zod) =>
    zod
      .object({
        source: zod.enum(['boundary', 'window', 'rejection']),
        message: zod.string().max(2000),
        stack: zod.string().max(8000).optional(),
        screen: zod.string().max(40).optional(),
      })
      .strict(),
  ),

  /** The redacted report of the latest read, as Markdown (it reads as plain text too). */
  getReportText: invoke<{ text: string }>()('helpdesk:report', inLanguage),
  /** How to find the Mac in Intune (system_profiler, scutil): read only when the helpdesk view asks. */
  getDeviceIdentity: invoke<DeviceIdentity>()('helpdesk:device', none),
  saveDiagnosticsBundle: invoke<{ path: string }>()('helpdesk:saveBundle', none),
  /** A bundle's state recomputed from its captured outputs, with where and when it was captured. */
  openDiagnosticsBundle: invoke<{ state: OpenedBundle; path: string }>()('helpdesk:openBundle', none),
  decodeSupportCode: invoke<DecodedSupportCode>()('helpdesk:decodeSupportCode', (zod) =>
    zod
      .object({ code: zod.string().min(1).max(200), language: zod.string().min(2).max(10).optional() })
      .strict(),
  ),
  /** The recorded state transitions, oldest first (main/node/history). */
  getHistory: invoke<{ records: HistoryRecord[]; skippedLines: number }>()('history:get', none),

  /** The language main decided (configuration, else the user's choice, else the system). */
  getLanguage: invoke<LanguageState>()('language:get', none),
  /** The window's language switch; the setting is checked against the language registry by the handler. */
  setLanguage: invoke<LanguageState>()('language:set', (zod) =>
    zod.object({ setting: zod.string().min(1).max(20) }).strict(),
  ),
  onLanguageChanged: push<LanguageState>()('language:changed'),

  /** Whether the user let the app read Company Portal's sign-in log (asked once). */
  getSignInLogConsent: invoke<SignInLogConsentState>()('signInLog:consent', none),
  /** The user's answer; granting reads the Mac again with the log. */
  setSignInLogConsent: invoke<SignInLogConsentState>()('signInLog:setConsent', (zod) =>
    zod.object({ choice: zod.enum(SIGN_IN_LOG_CHOICES) }).strict(),
  ),
} as const

// #endregion
// #region Derived types

type Contract = typeof CONTRACT
export type ApiName = keyof Contract
type Entry = Contract[ApiName]
type InvokeEntries = Extract<Entry, { kind: 'invoke' }>
type PushEntries = Extract<Entry, { kind: 'push' }>

export type InvokeChannel = InvokeEntries['channel']
export type PushChannel = PushEntries['channel']
export type InvokeApiName = { [K in ApiName]: Contract[K] extends { kind: 'invoke' } ? K : never }[ApiName]
export type PushApiName = Exclude<ApiName, InvokeApiName>

type EntryOf<C extends InvokeChannel> = Extract<InvokeEntries, { channel: C }>
/** The validated argument of a request channel. */
export type RequestOf<C extends InvokeChannel> = z.infer<ReturnType<EntryOf<C>['request']>>
/** What a request channel answers with (inside an IpcResult). */
export type ResponseOf<C extends InvokeChannel> = NonNullable<EntryOf<C>['response']>[0]
/** What a push channel carries. */
export type PushOf<C extends PushChannel> = NonNullable<Extract<PushEntries, { channel: C }>['payload']>[0]
export type PushMap = { [C in PushChannel]: PushOf<C> }

type Unsubscribe = () => void
type ApiFunction<E> =
  E extends InvokeEntry<infer _C, infer Build, infer Response>
    ? z.infer<ReturnType<Build>> extends undefined
      ? () => Promise<IpcResult<Response>>
      : (request: z.infer<ReturnType<Build>>) => Promise<IpcResult<Response>>
    : E extends PushEntry<infer _C, infer Payload>
      ? (listener: (payload: Payload) => void) => Unsubscribe
      : never

/** `window.helper`: one named function per channel, nothing generic. */
export type HelperApi = { [K in ApiName]: ApiFunction<Contract[K]> }

/** What main does for each request channel (main/node/app/handlers.ts implements it). */
export type Handlers = {
  [C in InvokeChannel]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
}

// #endregion
// #region Derived lists

export const API_NAMES = Object.keys(CONTRACT) as ApiName[]
export const INVOKE_CHANNELS = Object.values(CONTRACT)
  .filter((entry) => entry.kind === 'invoke')
  .map((entry) => entry.channel) as InvokeChannel[]
export const PUSH_CHANNELS = Object.values(CONTRACT)
  .filter((entry) => entry.kind === 'push')
  .map((entry) => entry.channel) as PushChannel[]

const invokeChannelSet: ReadonlySet<string> = new Set(INVOKE_CHANNELS)
export const isInvokeChannel = (channel: string): channel is InvokeChannel => invokeChannelSet.has(channel)

// #endregion
