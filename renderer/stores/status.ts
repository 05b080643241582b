/** The Mac's state as main last reported it. Main owns the state; this store only mirrors it. */
import { create } from 'zustand'
import { bridge, type IpcError, type StateSnapshot } from '../bridge'

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

/** A reply can arrive after a newer push from main: never go back to an older snapshot. */
const keepNewest = (current: StateSnapshot | null, next: StateSnapshot) =>
  current && next.revision < current.revision ? current : next

export const createStatusStore = () =>
  create<StatusStore>()((set) => ({
    ...initial,
    statusRefreshed: (snapshot) => set((s) => ({ snapshot: keepNewest(s.snapshot, snapshot), error: null })),
    statusRequested: async () => {
      const result = await bridge.getState()
      set((s) =>
        result.ok ? { snapshot: keepNewest(s.snapshot, result.data), error: null } : { error: result.error },
      )
    },
    recheckRequested: async () => {
      set((s) => ({ snapshot: s.snapshot && { ...s.snapshot, checking: true } }))
      const result = await bridge.requestRecheck()
      set((s) =>
        result.ok ? { snapshot: keepNewest(s.snapshot, result.data), error: null } : { error: result.error },
      )
    },
  }))

export const useStatusStore = createStatusStore()
export const resetStatusStore = () => useStatusStore.setState(initial)

export const selectMacState = (s: StatusStore) => s.snapshot?.state ?? null
export const selectChecking = (s: StatusStore) => s.snapshot?.checking ?? true
export const selectCheckedAt = (s: StatusStore) => s.snapshot?.checkedAt ?? null
export const selectProbeError = (s: StatusStore) => s.snapshot?.error ?? s.error
