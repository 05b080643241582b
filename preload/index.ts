/**
 * The sandboxed preload: exposes `window.helper`, one named function per entry of the contract
 * (main/common/ipc/contract.ts), each forwarding exactly its one argument, and nothing else (no
 * ipcRenderer, no generic invoke). Bundled to one CommonJS file (scripts/build.mjs).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CONTRACT, type HelperApi } from '../main/common/ipc/contract'

const helper = Object.fromEntries(
  Object.entries(CONTRACT).map(([name, entry]) => {
    const { channel } = entry
    if (entry.kind === 'invoke') return [name, (argument?: unknown) => ipcRenderer.invoke(channel, argument)]
    const subscribe = (listener: (payload: unknown) => void) => {
      // The event object never reaches the page (it exposes `sender`).
      const wrapped = (_event: unknown, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => void ipcRenderer.removeListener(channel, wrapped)
    }
    return [name, subscribe]
  }),
) as unknown as HelperApi

contextBridge.exposeInMainWorld('helper', helper)
