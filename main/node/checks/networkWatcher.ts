/**
 * Network change, as the main process can see it: Electron's main process has no change event, so
 * the addresses of the Mac's interfaces are sampled and compared. A changed set (Wi-Fi joined, VPN
 * up, cable out) means sign-in may behave differently now.
 */
import type { NetworkInterfaceInfo } from 'node:os'
import type { Timers } from '../../common/timers'

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

/** The external addresses, sorted: equal fingerprints mean the same network. */
export function networkFingerprint(interfaces: Interfaces): string {
  const addresses: string[] = []
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (!info.internal) addresses.push(`${name}/${info.family}/${info.address}`)
    }
  }
  return addresses.sort().join(',')
}

export interface NetworkWatcherDeps {
  readInterfaces: () => Interfaces
  timers: Timers
  onChange: () => void
  pollMs?: number
}

export const DEFAULT_NETWORK_POLL_MS = 15_000

/** Starts sampling; returns the function that stops it. */
export function watchNetwork({
  readInterfaces,
  timers,
  onChange,
  pollMs = DEFAULT_NETWORK_POLL_MS,
}: NetworkWatcherDeps): () => void {
  const sample = () => {
    try {
      return networkFingerprint(readInterfaces())
    } catch {
      return null // unreadable now: compare again next time
    }
  }
  let last = sample()
  let handle: unknown = null
  let stopped = false
  const tick = () => {
    const current = sample()
    if (current !== null && last !== null && current !== last) onChange()
    if (current !== null) last = current
    if (!stopped) handle = timers.setTimeout(tick, pollMs)
  }
  handle = timers.setTimeout(tick, pollMs)
  return () => {
    stopped = true
    timers.clearTimeout(handle)
  }
}
