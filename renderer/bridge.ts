/**
 * The only file that touches the preload API (`window.helper`). Stores and screens call these
 * functions; tests inject a fake HelperApi with `injectHelperApi()`. When no API is present at all (a
 * broken preload), every call answers with a typed `notAvailable` error instead of throwing.
 */
import type { LanguageSetting } from '../main/common/i18n'
import type { HelperApi, IpcResult, UserAnswers } from '../preload/contract'

export type { HelperApi, IpcResult }
export type {
  AppInfo,
  DecodedSupportCode,
  IpcError,
  LanguageState,
  PlaybookSessionView,
  StateSnapshot,
  UserAnswers,
} from '../preload/contract'

let injected: HelperApi | null = null

/** Tests and the preview inject their API here; `null` goes back to `window.helper`. */
export function injectHelperApi(api: HelperApi | null): void {
  injected = api
}

export function hasHelperApi(): boolean {
  return (injected ?? window.helper) !== undefined
}

const missing = { ok: false, error: { code: 'notAvailable', message: 'window.helper is missing' } } as const

/** Calls one named API function, turning a missing API or a rejected promise into a typed error. */
async function call<T>(run: (api: HelperApi) => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  const api = injected ?? window.helper
  if (!api) return missing
  try {
    return await run(api)
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    }
  }
}

function subscribe<T>(pick: (api: HelperApi) => (listener: (value: T) => void) => () => void) {
  return (listener: (value: T) => void): (() => void) => {
    const api = injected ?? window.helper
    return api ? pick(api)(listener) : () => {}
  }
}

export const bridge = {
  getState: () => call((api) => api.getState()),
  requestRecheck: () => call((api) => api.requestRecheck()),
  answerQuestion: (answers: UserAnswers) => call((api) => api.answerQuestion(answers)),
  onStateChanged: subscribe((api) => api.onStateChanged),

  startPlaybook: (playbookId: string, findingId: string | null) =>
    call((api) => api.startPlaybook({ playbookId, findingId })),
  currentPlaybook: () => call((api) => api.currentPlaybook()),
  answerPlaybook: (sessionId: string, questionId: string, answerId: string) =>
    call((api) => api.answerPlaybook({ sessionId, questionId, answerId })),
  advancePlaybook: (sessionId: string) => call((api) => api.advancePlaybook({ sessionId })),
  backPlaybook: (sessionId: string) => call((api) => api.backPlaybook({ sessionId })),
  checkPlaybookNow: (sessionId: string) => call((api) => api.checkPlaybookNow({ sessionId })),
  handOffPlaybook: (sessionId: string) => call((api) => api.handOffPlaybook({ sessionId })),
  cancelPlaybook: (sessionId: string) => call((api) => api.cancelPlaybook({ sessionId })),
  onPlaybookChanged: subscribe((api) => api.onPlaybookChanged),

  openExternal: (request: Parameters<HelperApi['openExternal']>[0]) =>
    call((api) => api.openExternal(request)),
  copyText: (text: string) => call((api) => api.copyText({ text })),
  getAppInfo: () => call((api) => api.getAppInfo()),
  getConfig: () => call((api) => api.getConfig()),

  getReportText: (format: 'text' | 'markdown') => call((api) => api.getReportText({ format })),
  saveDiagnosticsBundle: () => call((api) => api.saveDiagnosticsBundle()),
  openDiagnosticsBundle: () => call((api) => api.openDiagnosticsBundle()),
  decodeSupportCode: (code: string) => call((api) => api.decodeSupportCode({ code })),
  getHistory: () => call((api) => api.getHistory()),

  getLanguage: () => call((api) => api.getLanguage()),
  setLanguage: (setting: LanguageSetting) => call((api) => api.setLanguage({ setting })),
  onLanguageChanged: subscribe((api) => api.onLanguageChanged),
}
