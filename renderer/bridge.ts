/**
 * The only file that touches the preload API (`window.helper`). Stores and screens call these
 * functions; tests inject a fake HelperApi with `injectHelperApi()`. Built from the contract
 * (main/common/ipc/contract.ts), one function per entry with the same argument. When no API is
 * present at all (a broken preload), every call answers with a typed `notAvailable` error and every
 * subscription is a no-op, instead of throwing.
 */
import { CONTRACT, type ApiName, type HelperApi, type IpcResult } from '../main/common/ipc/contract'

export type { HelperApi, IpcResult }
export type {
  AppInfo,
  DecodedSupportCode,
  IpcError,
  LanguageState,
  PlaybookSessionView,
  StateSnapshot,
  UserAnswers,
} from '../main/common/ipc/contract'

declare global {
  interface Window {
    /** Present in the desktop app (the preload) and in the preview (the HTTP bridge). */
    helper?: HelperApi
  }
}

let injected: HelperApi | null = null

/** Tests and the preview inject their API here; `null` goes back to `window.helper`. */
export function injectHelperApi(api: HelperApi | null): void {
  injected = api
}

export function hasHelperApi(): boolean {
  return (injected ?? window.helper) !== undefined
}

const missing = { ok: false, error: { code: 'notAvailable', message: 'window.helper is missing' } } as const

type AnyFunction = (argument?: unknown) => unknown

/** Calls one named API function, turning a missing API or a rejected promise into a typed error. */
async function call(name: ApiName, argument: unknown): Promise<IpcResult<unknown>> {
  const api = injected ?? window.helper
  if (!api) return missing
  try {
    return (await (api[name] as AnyFunction)(argument)) as IpcResult<unknown>
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    }
  }
}

function subscribe(name: ApiName, listener: unknown): () => void {
  const api = injected ?? window.helper
  return api ? ((api[name] as AnyFunction)(listener) as () => void) : () => {}
}

export const bridge = Object.fromEntries(
  Object.entries(CONTRACT).map(([name, entry]) => [
    name,
    entry.kind === 'invoke'
      ? (argument?: unknown) => call(name as ApiName, argument)
      : (listener: unknown) => subscribe(name as ApiName, listener),
  ]),
) as unknown as HelperApi
