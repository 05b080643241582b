// The Electron edge, tested with a mocked `electron` (electron-practices.md §4a: hoisted mocks).
import { beforeEach, describe, expect, it, vi } from 'vitest'

const { handle } = vi.hoisted(() => ({ handle: vi.fn() }))
vi.mock('electron', () => ({ ipcMain: { handle } }))

import { INVOKE_CHANNELS } from '../../../main/common/ipc/contract'
import { APP_ENTRY_URL } from '../../../main/common/security/policy'
import type { Handlers } from '../../../main/node/app/handlers'
import { push, registerIpcHandlers, trustWebContents } from '../../../main/electron/ipc'

type Listener = () => void
function fakeWebContents(id: number) {
  const listeners = new Map<string, Listener>()
  return {
    id,
    once: (name: string, listener: Listener) => listeners.set(name, listener),
    destroy: () => listeners.get('destroyed')?.(),
    isDestroyed: vi.fn(() => false),
    send: vi.fn(),
  }
}
const event = (id: number, url: string | null = APP_ENTRY_URL) => ({
  sender: { id },
  senderFrame: url === null ? null : { url },
})

const getConfig = vi.fn(async () => ({ ok: true, data: { Language: 'ja' } }))
const handlers = { 'config:get': getConfig } as unknown as Handlers

function registered(channel: string) {
  const call = handle.mock.calls.find(([name]) => name === channel)
  if (!call) throw new Error(`${channel} was not registered`)
  return call[1] as (event: unknown, argument?: unknown) => Promise<unknown>
}

describe('registerIpcHandlers', () => {
  beforeEach(() => {
    handle.mockClear()
    getConfig.mockClear()
    registerIpcHandlers(handlers)
  })

  it('registers every request channel of the contract, and nothing else', () => {
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('answers a trusted window showing the app', async () => {
    const contents = fakeWebContents(7)
    trustWebContents(contents as never)
    expect(await registered('config:get')(event(7))).toEqual({ ok: true, data: { Language: 'ja' } })
  })

  it.each([
    ['an unknown webContents', event(99)],
    ['a trusted webContents showing another page', event(8, 'https://evil.test/')],
    ['a frame Electron no longer knows', event(8, null)],
  ])('refuses %s without running the handler', async (_name, fakeEvent) => {
    trustWebContents(fakeWebContents(8) as never)
    expect(await registered('config:get')(fakeEvent)).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    })
    expect(getConfig).not.toHaveBeenCalled()
  })

  it('forgets a window once it is destroyed', async () => {
    const contents = fakeWebContents(9)
    trustWebContents(contents as never)
    contents.destroy()
    expect(await registered('config:get')(event(9))).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    })
  })

  it('validates arguments before the handler runs', async () => {
    trustWebContents(fakeWebContents(10) as never)
    expect(await registered('config:get')(event(10), { unexpected: true })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
    expect(getConfig).not.toHaveBeenCalled()
  })
})

describe('push', () => {
  it('sends on the typed channel, and never to a destroyed window', () => {
    const contents = fakeWebContents(11)
    push(contents as never, 'playbook:changed', null)
    expect(contents.send).toHaveBeenCalledWith('playbook:changed', null)
    contents.isDestroyed.mockReturnValue(true)
    push(contents as never, 'playbook:changed', null)
    expect(contents.send).toHaveBeenCalledTimes(1)
  })
})
