import { describe, expect, it } from 'vitest'
import type { StateSnapshot } from '../../../main/common/ipc/contract'
import type { MacState } from '../../../main/common/model/macState'
import type { UserAnswers } from '../../../main/common/ipc/contract'
import {
  createStateOwner,
  stateResultOf,
  type Capture,
  type StateOwnerDeps,
} from '../../../main/node/app/stateOwner'

const state = (status: string) => ({ verdict: { status, findings: [] } }) as unknown as MacState
/** A capture whose verdict is `status`; its raw output names where it came from. */
const captureOf = (status: string, answers: UserAnswers = {}): Capture =>
  ({
    state: state(status),
    raw: { source: status },
    diagnosis: { answers },
  }) as unknown as Capture
/** Diagnosing again: a reported reset turns the verdict `broken`, on the same raw output. */
const rediagnose: StateOwnerDeps['rediagnose'] = (capture, answers) => ({
  ...capture,
  state: state(answers.reportedEntraPasswordReset ? 'broken' : capture.state.verdict.status),
  diagnosis: { ...capture.diagnosis, answers },
})

function deferredReads() {
  const pending: Array<{ resolve: (s: MacState) => void; reject: (e: Error) => void }> = []
  return {
    read: () =>
      new Promise<Capture>((resolve, reject) =>
        pending.push({
          resolve: (s) => resolve({ ...captureOf('x'), state: s }),
          reject,
        }),
      ),
    pending,
  }
}

describe('createStateOwner', () => {
  it('starts empty, publishes "checking", then the state', async () => {
    const reads = deferredReads()
    let clock = 1_000
    const owner = createStateOwner({ read: reads.read, rediagnose, now: () => clock })
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
    const owner = createStateOwner({ read: async () => captureOf('healthy'), rediagnose, now: () => 0 })
    const seen: number[] = []
    owner.subscribe((snapshot) => seen.push(snapshot.revision))
    await owner.recheck('start')
    await owner.recheck('request')
    expect(seen).toEqual([1, 2, 3, 4])
  })

  it('never runs two reads at once: concurrent requests share one', async () => {
    const reads = deferredReads()
    const owner = createStateOwner({ read: reads.read, rediagnose, now: () => 0 })
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
      read: async () => (reads++, captureOf('healthy')),
      rediagnose,
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
        return captureOf('healthy')
      },
      rediagnose,
      now: () => 0,
    })
    await owner.recheck('start')
    fail = true
    const snapshot = await owner.recheck('schedule')
    expect(snapshot.state).toEqual(state('healthy'))
    expect(snapshot.error).toEqual({ code: 'failed', message: 'app-sso timed out' })
    expect(snapshot.checking).toBe(false)
    // Readers get a result, never a thrown error.
    expect(await owner.readState('playbook')).toEqual({ ok: false, reason: 'app-sso timed out' })
    fail = false
    expect(await owner.readState('playbook')).toEqual({ ok: true, state: state('healthy') })
  })

  it('says there is no state before the first read', () => {
    const owner = createStateOwner({ read: async () => captureOf('healthy'), rediagnose, now: () => 0 })
    expect(stateResultOf(owner.snapshot())).toEqual({ ok: false, reason: 'the Mac has not been read yet' })
    expect(owner.capture()).toBeNull()
  })

  it('holds the capture behind the state, and diagnoses that capture again when the user answers', async () => {
    let reads = 0
    const owner = createStateOwner({
      read: async () => (reads++, captureOf('attention')),
      rediagnose,
      now: () => 0,
    })
    // Before any read an answer is kept, with nothing to diagnose.
    expect(owner.answer({ expectsMacPasswordToFollowEntra: true })).toMatchObject({ state: null })
    await owner.recheck('start')
    expect(owner.capture()?.state).toBe(owner.snapshot().state)
    const snapshot = owner.answer({ reportedEntraPasswordReset: true })
    expect(reads).toBe(1) // no new probe
    expect(snapshot.state?.verdict.status).toBe('broken')
    expect(snapshot.answers).toEqual({
      expectsMacPasswordToFollowEntra: true,
      reportedEntraPasswordReset: true,
    })
    expect(owner.capture()).toMatchObject({
      state: snapshot.state,
      raw: { source: 'attention' },
      diagnosis: { answers: snapshot.answers },
    })
  })

  it('diagnoses a read with the answers given while it ran', async () => {
    const reads = deferredReads()
    const owner = createStateOwner({ read: reads.read, rediagnose, now: () => 0 })
    const done = owner.recheck('start')
    owner.answer({ reportedEntraPasswordReset: true })
    reads.pending[0]!.resolve(state('attention'))
    const snapshot = await done
    expect(snapshot.state?.verdict.status).toBe('broken')
    expect(owner.capture()?.diagnosis).toMatchObject({ answers: { reportedEntraPasswordReset: true } })
  })

  it('stops telling a listener after it unsubscribes', async () => {
    const owner = createStateOwner({ read: async () => captureOf('healthy'), rediagnose, now: () => 0 })
    const seen: StateSnapshot[] = []
    const unsubscribe = owner.subscribe((snapshot) => seen.push(snapshot))
    await owner.recheck('start')
    const count = seen.length
    unsubscribe()
    await owner.recheck('request')
    expect(seen).toHaveLength(count)
  })
})
