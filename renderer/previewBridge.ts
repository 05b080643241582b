/**
 * The browser preview's HelperApi: the same named functions as the preload, carried over HTTP to
 * the preview server (main/node/preview/server.ts). Installed only when `window.helper` is absent,
 * i.e. never inside the desktop app.
 */
import {
  CONTRACT,
  PUSH_CHANNELS,
  type HelperApi,
  type IpcResult,
  type LanguageState,
  type PushChannel,
} from '../main/common/ipc/contract'
import { matchLanguage } from '../main/common/i18n'

type Listener = (payload: never) => void

/** The browser's preferred languages: in the preview they stand for the system's. */
const browserLanguages = (): string[] => [
  ...(navigator.languages?.length ? navigator.languages : [navigator.language]),
]

/** The server knows no system languages but the page's: `system` is resolved against the browser's. */
const inBrowser = (state: LanguageState): LanguageState => {
  const system = matchLanguage(browserLanguages())
  return { ...state, system, language: state.setting === 'system' ? system : state.setting }
}

const languageResult = async (
  reply: Promise<IpcResult<LanguageState>>,
): Promise<IpcResult<LanguageState>> => {
  const result = await reply
  return result.ok ? { ok: true, data: inBrowser(result.data) } : result
}

export function createPreviewBridge(base: string = window.location.origin): HelperApi {
  const listeners = new Map<PushChannel, Set<Listener>>()
  let events: EventSource | null = null

  const connect = () => {
    if (events) return
    events = new EventSource(`${base}/api/events`)
    for (const channel of PUSH_CHANNELS) {
      events.addEventListener(channel, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as never
        for (const listener of listeners.get(channel) ?? []) listener(payload)
      })
    }
  }

  const invoke = async (channel: string, argument?: unknown): Promise<IpcResult<never>> => {
    try {
      const response = await fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ argument }),
      })
      if (!response.ok)
        return { ok: false, error: { code: 'failed', message: `preview server: HTTP ${response.status}` } }
      return (await response.json()) as IpcResult<never>
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: `preview server unreachable: ${String(error)}` } }
    }
  }

  const subscribe = (channel: PushChannel) => (listener: Listener) => {
    connect()
    const set = listeners.get(channel) ?? new Set()
    listeners.set(channel, set)
    set.add(listener)
    return () => void set.delete(listener)
  }

  const api = Object.fromEntries(
    Object.entries(CONTRACT).map(([name, entry]) => [
      name,
      entry.kind === 'invoke'
        ? (argument?: unknown) => invoke(entry.channel, argument)
        : subscribe(entry.channel),
    ]),
  ) as unknown as HelperApi

  return {
    ...api,
    onLanguageChanged: (listener) => api.onLanguageChanged((state) => listener(inBrowser(state))),
    getLanguage: () => languageResult(api.getLanguage()),
    setLanguage: (request) => languageResult(api.setLanguage(request)),
    // The browser, not the server, owns the clipboard and knows the user's languages.
    copyText: async ({ text }) => {
      try {
        await navigator.clipboard.writeText(text)
        return { ok: true, data: { copied: text.length } }
      } catch (error) {
        return { ok: false, error: { code: 'failed', message: String(error) } }
      }
    },
    getAppInfo: async () => {
      const result = await (invoke(CONTRACT.getAppInfo.channel) as ReturnType<HelperApi['getAppInfo']>)
      return result.ok
        ? { ok: true, data: { ...result.data, preferredLanguages: browserLanguages() } }
        : result
    },
  }
}

/** Makes `window.helper` the preview bridge when no preload provided one; true when it did. */
export function installPreviewBridge(): boolean {
  if (window.helper) return false
  window.helper = createPreviewBridge()
  return true
}
