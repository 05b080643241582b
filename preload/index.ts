/**
 * The sandboxed preload: exposes `window.helper`, one named function per contract channel, and
 * nothing else (no ipcRenderer, no generic invoke). Bundled to one CommonJS file (scripts/build.mjs).
 */
import { contextBridge, ipcRenderer } from 'electron'
import {
  API_SUBSCRIPTIONS,
  INVOKE,
  type HelperApi,
  type InvokeChannel,
  type IpcResult,
  type PushChannel,
  type ResponseMap,
} from './contract'

const invoke = <C extends InvokeChannel>(channel: C, argument?: unknown) =>
  ipcRenderer.invoke(channel, argument) as Promise<IpcResult<ResponseMap[C]>>

const subscribe =
  <T>(channel: PushChannel) =>
  (listener: (payload: T) => void) => {
    // The event object never reaches the page (it exposes `sender`).
    const wrapped = (_event: unknown, payload: T) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => void ipcRenderer.removeListener(channel, wrapped)
  }

const helper: HelperApi = {
  getState: () => invoke(INVOKE.stateGet),
  requestRecheck: () => invoke(INVOKE.stateRecheck),
  answerQuestion: (request) => invoke(INVOKE.stateAnswer, request),
  onStateChanged: subscribe(API_SUBSCRIPTIONS.onStateChanged),
  startPlaybook: (request) => invoke(INVOKE.playbookStart, request),
  currentPlaybook: () => invoke(INVOKE.playbookCurrent),
  answerPlaybook: (request) => invoke(INVOKE.playbookAnswer, request),
  advancePlaybook: (request) => invoke(INVOKE.playbookAdvance, request),
  backPlaybook: (request) => invoke(INVOKE.playbookBack, request),
  checkPlaybookNow: (request) => invoke(INVOKE.playbookCheckNow, request),
  handOffPlaybook: (request) => invoke(INVOKE.playbookHandOff, request),
  cancelPlaybook: (request) => invoke(INVOKE.playbookCancel, request),
  onPlaybookChanged: subscribe(API_SUBSCRIPTIONS.onPlaybookChanged),
  openExternal: (request) => invoke(INVOKE.externalOpen, request),
  copyText: (request) => invoke(INVOKE.clipboardCopy, request),
  getAppInfo: () => invoke(INVOKE.appInfo),
  getConfig: () => invoke(INVOKE.configGet),
  getReportText: (request) => invoke(INVOKE.helpdeskReport, request),
  saveDiagnosticsBundle: () => invoke(INVOKE.helpdeskSaveBundle),
  openDiagnosticsBundle: () => invoke(INVOKE.helpdeskOpenBundle),
  decodeSupportCode: (request) => invoke(INVOKE.helpdeskDecodeSupportCode, request),
  getHistory: () => invoke(INVOKE.historyGet),
  getLanguage: () => invoke(INVOKE.languageGet),
  setLanguage: (request) => invoke(INVOKE.languageSet, request),
  onLanguageChanged: subscribe(API_SUBSCRIPTIONS.onLanguageChanged),
}

contextBridge.exposeInMainWorld('helper', helper)
