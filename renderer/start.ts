/** Connects the stores to main: first answers, then every pushed update. Returns the disconnect. */
import { bridge } from './bridge'
import { useRepairStore } from './stores/repair'
import { useStatusStore } from './stores/status'
import { useUiStore } from './stores/ui'

export function connectStores(): () => void {
  const offState = bridge.onStateChanged((snapshot) => useStatusStore.getState().statusRefreshed(snapshot))
  const offPlaybook = bridge.onPlaybookChanged((session) => useRepairStore.getState().sessionChanged(session))
  void useUiStore.getState().appStarted()
  void useStatusStore.getState().statusRequested()
  // A repair that was running when the window closed resumes where it was.
  void useRepairStore.getState().sessionRequested()
  return () => {
    offState()
    offPlaybook()
  }
}
