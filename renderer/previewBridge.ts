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
import { matchLanguage, resolveLanguage } from '../main/common/i18n'

type Listener = (payload: never) => void

/** The browser's preferred languages: in the preview they stand for the system's. */
const browserLanguages = (): string[] => [
  ...(navigator.languages?.length ? navigator.languages : [navigator.language]),
]

/** The server knows no system languages but the page's: `system` is resolved against the browser's. */
const inBrowser = (state: LanguageState): LanguageState => {
  const preferred = browserLanguages()
  return { ...state, system: matchLanguage(preferred), language: resolveLanguage(state.setting, preferred) }
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
    // The browser saves and picks files: a download of the bundle main built, a file picker whose
    // bytes go to the same open-bundle code.
    saveDiagnosticsBundle: () => downloadBundle(base),
    openDiagnosticsBundle: () => pickAndOpenBundle(base),
    getAppInfo: async () => {
      const result = await (invoke(CONTRACT.getAppInfo.channel) as ReturnType<HelperApi['getAppInfo']>)
      return result.ok
        ? { ok: true, data: { ...result.data, preferredLanguages: browserLanguages() } }
        : result
    },
  }
}

/** The file name a Content-Disposition header gives, or a fallback. */
const attachmentName = (header: string | null) =>
  /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? 'PSSO Helper diagnostics.zip'

async function downloadBundle(base: string): Promise<IpcResult<{ path: string }>> {
  try {
    const response = await fetch(`${base}/api/bundle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    if (!response.ok) {
      const { error } = (await response.json().catch(() => ({}))) as { error?: string }
      return {
        ok: false,
        error: { code: 'failed', message: error ?? `preview server: HTTP ${response.status}` },
      }
    }
    const name = attachmentName(response.headers.get('content-disposition'))
    const url = URL.createObjectURL(await response.blob())
    const link = Object.assign(document.createElement('a'), { href: url, download: name })
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { ok: true, data: { path: name } }
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: `preview server unreachable: ${String(error)}` } }
  }
}

/** Resolves with the file the user picked, or null when they cancelled. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      accept: '.zip,application/zip',
    })
    input.hidden = true
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    document.body.append(input)
    input.click()
    input.remove()
  })
}

async function pickAndOpenBundle(base: string): ReturnType<HelperApi['openDiagnosticsBundle']> {
  const file = await pickFile()
  if (!file) return { ok: false, error: { code: 'cancelled', message: 'No file was chosen.' } }
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  try {
    const response = await fetch(`${base}/api/open-bundle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: file.name, base64: btoa(binary) }),
    })
    if (!response.ok)
      return { ok: false, error: { code: 'failed', message: `preview server: HTTP ${response.status}` } }
    return (await response.json()) as Awaited<ReturnType<HelperApi['openDiagnosticsBundle']>>
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: `preview server unreachable: ${String(error)}` } }
  }
}

/** Makes `window.helper` the preview bridge when no preload provided one; true when it did. */
export function installPreviewBridge(): boolean {
  if (window.helper) return false
  window.helper = createPreviewBridge()
  return true
}
