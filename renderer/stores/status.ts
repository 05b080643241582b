/** The Mac's state as main last reported it. Main owns the state; this store only mirrors it. */
import { create } from 'zustand'
import { bridge, type IpcError, type IpcResult, type StateSnapshot } from '../bridge'

interface StatusStore {
  /** null until main first answers. */
  snapshot: StateSnapshot | null
  /** Why the last request to main failed (not why a probe failed: that is snapshot.error). */
  error: IpcError | null
  statusRefreshed(snapshot: StateSnapshot): void
  statusRequested(): Promise<void>
  recheckRequested(): Promise<void>
}

const initial = { snapshot: null, error: null }

/**
 * A reply to an older request can arrive after a newer push (the first getState races the first
 * probe's push): never let an older snapshot replace a newer one.
 */
function isOlder(incoming: StateSnapshot, current: StateSnapshot | null): boolean {
  if (!current?.checkedAt) return false
  return incoming.checkedAt === null || incoming.checkedAt < current.checkedAt
}

export const createStatusStore = () =>
  create<StatusStore>()((set, get) => {
    const statusRefreshed = (snapshot: StateSnapshot) => {
      if (!isOlder(snapshot, get().snapshot)) set({ snapshot, error: null })
    }
    const answered = (result: IpcResult<StateSnapshot>) =>
      result.ok ? statusRefreshed(result.data) : set({ error: result.error })
    return {
      ...initial,
      statusRefreshed,
      statusRequested: async () => answered(await bridge.getState()),
      recheckRequested: async () => {
        set((s) => ({ snapshot: s.snapshot && { ...s.snapshot, checking: true } }))
        answered(await bridge.requestRecheck())
      },
    }
  })

export const useStatusStore = createStatusStore()
export const resetStatusStore = () => useStatusStore.setState(initial)

export const selectMacState = (s: StatusStore) => s.snapshot?.state ?? null
export const selectChecking = (s: StatusStore) => s.snapshot?.checking ?? true
export const selectCheckedAt = (s: StatusStore) => s.snapshot?.checkedAt ?? null
export const selectProbeError = (s: StatusStore) => s.snapshot?.error ?? s.error
