// The preload exposes named functions only, one per contract entry, each bound to its own channel.
import { describe, expect, it, vi } from 'vitest'

const { exposeInMainWorld, invoke, on, removeListener } = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (): Promise<unknown> => ({ ok: true, data: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on, removeListener },
}))

import { API_NAMES, CONTRACT, type HelperApi } from '../../../main/common/ipc/contract'
await import('../../../preload/index')

const [[name, helper]] = exposeInMainWorld.mock.calls as unknown as [[string, HelperApi]]
const entries = Object.entries(CONTRACT)
const invokes = entries.filter(([, entry]) => entry.kind === 'invoke')
const pushes = entries.filter(([, entry]) => entry.kind === 'push')

describe('preload', () => {
  it("exposes window.helper with exactly the contract's functions", () => {
    expect(name).toBe('helper')
    expect(Object.keys(helper).sort()).toEqual([...API_NAMES].sort())
    for (const value of Object.values(helper)) expect(typeof value).toBe('function')
    expect(invokes.length + pushes.length).toBe(API_NAMES.length)
  })

  it.each(invokes)('%s invokes its channel once, forwarding exactly its argument', async (fn, entry) => {
    invoke.mockClear()
    // A fresh object per call: a function that drops, copies or alters its argument fails here.
    const argument = { marker: fn, nested: { value: Math.random() } }
    const snapshot = structuredClone(argument)
    const call = helper[fn as keyof HelperApi] as (argument: unknown) => Promise<unknown>
    await call(argument)
    expect(invoke).toHaveBeenCalledTimes(1)
    const calledWith = invoke.mock.calls[0] as unknown as unknown[]
    expect(calledWith).toHaveLength(2)
    expect(calledWith[0]).toBe(entry.channel)
    expect(calledWith[1]).toBe(argument)
    expect(calledWith[1]).toEqual(snapshot)
  })

  it.each(invokes)('%s answers with what main answered', async (fn) => {
    const answer = { ok: true, data: { from: fn } }
    invoke.mockResolvedValueOnce(answer)
    const call = helper[fn as keyof HelperApi] as (argument?: unknown) => Promise<unknown>
    await expect(call()).resolves.toBe(answer)
  })

  it.each(pushes)(
    '%s hands listeners the payload only, never the IPC event, and unsubscribes',
    (fn, entry) => {
      const listener = vi.fn()
      const subscribe = helper[fn as keyof HelperApi] as (listener: unknown) => () => void
      const unsubscribe = subscribe(listener)
      const [channel, wrapped] = on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void]
      expect(channel).toBe(entry.channel)
      const payload = { checking: true }
      wrapped({ sender: 'secret' }, payload)
      expect(listener).toHaveBeenCalledTimes(1)
      expect(listener.mock.calls[0]).toEqual([payload])
      expect(listener.mock.calls[0]![0]).toBe(payload)
      unsubscribe()
      expect(removeListener).toHaveBeenCalledWith(entry.channel, wrapped)
    },
  )
})
