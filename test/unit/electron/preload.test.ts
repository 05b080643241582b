// The preload exposes named functions only, each bound to its own channel.
import { describe, expect, it, vi } from 'vitest'

const { exposeInMainWorld, invoke, on, removeListener } = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async () => ({ ok: true, data: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on, removeListener },
}))

import { API_CHANNELS, API_SUBSCRIPTIONS, type HelperApi } from '../../../preload/contract'
await import('../../../preload/index')

const [[name, helper]] = exposeInMainWorld.mock.calls as unknown as [[string, HelperApi]]

describe('preload', () => {
  it('exposes window.helper with exactly the HelperApi functions', () => {
    expect(name).toBe('helper')
    expect(Object.keys(helper).sort()).toEqual(
      [...Object.keys(API_CHANNELS), ...Object.keys(API_SUBSCRIPTIONS)].sort(),
    )
    for (const value of Object.values(helper)) expect(typeof value).toBe('function')
  })

  it.each(Object.entries(API_CHANNELS))('%s invokes %s (and only it)', async (fn, channel) => {
    invoke.mockClear()
    await (helper[fn as keyof typeof API_CHANNELS] as (argument?: unknown) => Promise<unknown>)({
      marker: fn,
    })
    expect(invoke).toHaveBeenCalledTimes(1)
    const [calledChannel, argument] = invoke.mock.calls[0] as unknown as [string, unknown]
    expect(calledChannel).toBe(channel)
    // Functions without a request send nothing; the others pass theirs through unchanged.
    expect([undefined, { marker: fn }]).toContainEqual(argument)
  })

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = helper.onStateChanged(listener)
    const [channel, wrapped] = on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void]
    expect(channel).toBe('state:changed')
    wrapped({ sender: 'secret' }, { checking: true })
    expect(listener).toHaveBeenCalledWith({ checking: true })
    unsubscribe()
    expect(removeListener).toHaveBeenCalledWith('state:changed', wrapped)
  })
})
