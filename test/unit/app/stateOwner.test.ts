import { describe, expect, it } from 'vitest'
import type { StateSnapshot } from '../../../main/common/ipc/contract'
import type { MacState } from '../../../main/common/model/macState'
import { createStateOwner } from '../../../main/node/app/stateOwner'

const state = (status: string) => ({ verdict: { status, findings: [] } }) as unknown as MacState

function deferredReads() {
  const pending: Array<{ resolve: (s: MacState) => void; reject: (e: Error) => void }> = []
  return {
    read: () => new Promise<MacState>((resolve, reject) => pending.push({ resolve, reject })),
    pending,
  }
}

describe('createStateOwner', () => {
  it('starts empty, publishes "checking", then the state', async () => {
    const reads = deferredReads()
    let clock = 1_000
    const owner = createStateOwner({ read: reads.read, now: () => clock })
    const seen: StateSnapshot[] = []
    owner.subscribe((snapshot) => seen.push(snapshot))
    expect(owner.snapshot()).toEqual({
      revision: 0,
      state: null,
      checking: false,
      checkedAt: null,
      error: null,
      answers: {},
    })

    const done = owner.recheck('start')
    expect(seen.at(-1)).toMatchObject({ checking: true, state: null })
    clock = 2_000
    reads.pending[0]!.resolve(state('broken'))
    await done
    expect(seen.at(-1)).toEqual({
      revision: 2,
      state: state('broken'),
      checking: false,
      checkedAt: new Date(2_000).toISOString(),
      error: null,
      answers: {},
    })
  })

  it('numbers every change, so a receiver can keep the newest', async () => {
    const owner = createStateOwner({ read: async () => state('healthy'), now: () => 0 })
    const seen: number[] = []
    owner.subscribe((snapshot) => seen.push(snapshot.revision))
    await owner.recheck('start')
    await owner.recheck('request')
    expect(seen).toEqual([1, 2, 3, 4])
  })

  it('never runs two reads at once: concurrent requests share one', async () => {
    const reads = deferredReads()
    const owner = createStateOwner({ read: reads.read, now: () => 0 })
    const first = owner.recheck('start')
    const second = owner.recheck('request')
    expect(reads.pending).toHaveLength(1)
    reads.pending[0]!.resolve(state('healthy'))
    expect(await second).toBe(await first)
  })

  it('skips a focus re-check right after a read, not a requested one', async () => {
    let reads = 0
    let clock = 0
    const owner = createStateOwner({
      read: async () => (reads++, state('healthy')),
      now: () => clock,
      focusDebounceMs: 5_000,
    })
    await owner.recheck('start')
    clock = 1_000
    await owner.recheck('focus')
    expect(reads).toBe(1)
    await owner.recheck('request')
    expect(reads).toBe(2)
    clock = 10_000
    await owner.recheck('focus')
    expect(reads).toBe(3)
  })

  it('keeps the last good state when a read fails, and says why', async () => {
    let fail = false
    const owner = createStateOwner({
      read: async () => {
        if (fail) throw new Error('app-sso timed out')
        return state('healthy')
      },
      now: () => 0,
    })
    await owner.recheck('start')
    fail = true
    const snapshot = await owner.recheck('resume')
    expect(snapshot.state).toEqual(state('healthy'))
    expect(snapshot.error).toEqual({ code: 'failed', message: 'app-sso timed out' })
    expect(snapshot.checking).toBe(false)
  })

  it('stops telling a listener after it unsubscribes', async () => {
    const owner = createStateOwner({ read: async () => state('healthy'), now: () => 0 })
    const seen: StateSnapshot[] = []
    const unsubscribe = owner.subscribe((snapshot) => seen.push(snapshot))
    await owner.recheck('start')
    const count = seen.length
    unsubscribe()
    await owner.recheck('request')
    expect(seen).toHaveLength(count)
  })
})
