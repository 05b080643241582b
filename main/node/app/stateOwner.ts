/**
 * Owns the Mac's state for the app, as the one snapshot there is: the latest capture (raw output,
 * state, the context it was diagnosed with), the user's answers and the revision. Reads the Mac when
 * asked (start, window focus, the user's "Check again", a playbook's verification loop, a background
 * check), never runs two reads at once, diagnoses the latest capture again when the user answers,
 * and tells its subscribers about every change. Plain Node: the Electron shell and the preview share it.
 */
import type { StateSnapshot, UserAnswers } from '../../common/ipc/contract'
import type { StateResult } from '../../common/model/macState'
import type { HelpdeskCapture } from '../helpdesk/outputs'

/** Why a re-check was asked for (kept for the app log and tests). */
export type RecheckReason = 'start' | 'focus' | 'request' | 'playbook' | 'schedule'

/** A read of the Mac, with the context it was diagnosed with (reports and bundles need all three). */
export type Capture = HelpdeskCapture

export interface StateOwnerDeps {
  /** Probes the Mac and diagnoses it with the user's answers so far. */
  read: (answers: UserAnswers) => Promise<Capture>
  /** Diagnoses a capture again with new answers, without probing. */
  rediagnose: (capture: Capture, answers: UserAnswers) => Capture
  now: () => number
  /** A focus re-check is skipped when the last one finished less than this long ago. */
  focusDebounceMs?: number
}

export interface StateOwner {
  snapshot(): StateSnapshot
  /** The capture behind the snapshot's state; null before the first good read. */
  capture(): Capture | null
  /** Starts a read unless one is running; resolves with the snapshot after that read. */
  recheck(reason: RecheckReason): Promise<StateSnapshot>
  /** Like recheck, answering with the state read, or why there is none. */
  readState(reason: RecheckReason): Promise<StateResult>
  subscribe(listener: (snapshot: StateSnapshot) => void): () => void
  /** Adds the user's answers (kept for the session only) and publishes the latest read diagnosed again. */
  answer(answers: UserAnswers): StateSnapshot
}

/** The one place a snapshot turns into "a state, or why not". */
export function stateResultOf(snapshot: StateSnapshot): StateResult {
  if (snapshot.error) return { ok: false, reason: snapshot.error.message }
  return snapshot.state
    ? { ok: true, state: snapshot.state }
    : { ok: false, reason: 'the Mac has not been read yet' }
}

export function createStateOwner({
  read,
  rediagnose,
  now,
  focusDebounceMs = 5_000,
}: StateOwnerDeps): StateOwner {
  let snapshot: StateSnapshot = {
    revision: 0,
    state: null,
    checking: false,
    checkedAt: null,
    error: null,
    answers: {},
  }
  let capture: Capture | null = null
  let running: Promise<StateSnapshot> | null = null
  let lastFinished = -Infinity
  const listeners = new Set<(snapshot: StateSnapshot) => void>()

  const publish = (next: Omit<StateSnapshot, 'revision'>) => {
    snapshot = { ...next, revision: snapshot.revision + 1 }
    for (const listener of listeners) listener(snapshot)
  }

  const runRead = async (): Promise<StateSnapshot> => {
    publish({ ...snapshot, checking: true })
    try {
      const asked = snapshot.answers
      const fresh = await read(asked)
      // The user answered while the Mac was being read: diagnose this read with the new answers.
      capture = asked === snapshot.answers ? fresh : rediagnose(fresh, snapshot.answers)
      publish({
        state: capture.state,
        checking: false,
        checkedAt: new Date(now()).toISOString(),
        error: null,
        answers: snapshot.answers,
      })
    } catch (error) {
      // Keep the last good state on screen; say why this read failed.
      publish({
        ...snapshot,
        checking: false,
        checkedAt: new Date(now()).toISOString(),
        error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
      })
    }
    lastFinished = now()
    return snapshot
  }

  const recheck = (reason: RecheckReason): Promise<StateSnapshot> => {
    if (running) return running
    if (reason === 'focus' && now() - lastFinished < focusDebounceMs) return Promise.resolve(snapshot)
    running = runRead().finally(() => {
      running = null
    })
    return running
  }

  return {
    snapshot: () => snapshot,
    capture: () => capture,
    recheck,
    readState: async (reason) => stateResultOf(await recheck(reason)),
    answer(answers) {
      const merged = { ...snapshot.answers, ...answers }
      if (capture) capture = rediagnose(capture, merged)
      publish({ ...snapshot, answers: merged, state: capture?.state ?? snapshot.state })
      return snapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
