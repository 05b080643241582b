/**
 * Owns the Mac's state for the app: reads it when asked (start, window focus, wake from sleep, the
 * user's "Check again", a playbook's verification loop), never runs two reads at once, and tells
 * its subscribers about every change. Plain Node: the Electron shell and the preview share it.
 */
import type { StateSnapshot, UserAnswers } from '../../common/ipc/contract'
import type { MacState } from '../../common/model/macState'

/** Why a re-check was asked for (kept for the app log and tests). */
export type RecheckReason = 'start' | 'focus' | 'resume' | 'request' | 'playbook' | 'schedule'

export interface StateOwnerDeps {
  /** Probes the Mac and diagnoses it with the user's answers so far. */
  read: (answers: UserAnswers) => Promise<MacState>
  /** Diagnoses the latest read again with new answers, without probing; null before the first read. */
  rediagnose?: (answers: UserAnswers) => MacState | null
  now: () => number
  /** A focus re-check is skipped when the last one finished less than this long ago. */
  focusDebounceMs?: number
}

export interface StateOwner {
  snapshot(): StateSnapshot
  /** Starts a read unless one is running; resolves with the snapshot after that read. */
  recheck(reason: RecheckReason): Promise<StateSnapshot>
  subscribe(listener: (snapshot: StateSnapshot) => void): () => void
  /** Adds the user's answers (kept for the session only) and publishes the latest read diagnosed again. */
  answer(answers: UserAnswers): StateSnapshot
}

export function createStateOwner({
  read,
  rediagnose = () => null,
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
      const state = asked === snapshot.answers ? fresh : (rediagnose(snapshot.answers) ?? fresh)
      publish({
        state,
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

  return {
    snapshot: () => snapshot,
    recheck(reason) {
      if (running) return running
      if (reason === 'focus' && now() - lastFinished < focusDebounceMs) return Promise.resolve(snapshot)
      running = runRead().finally(() => {
        running = null
      })
      return running
    },
    answer(answers) {
      const merged = { ...snapshot.answers, ...answers }
      publish({ ...snapshot, answers: merged, state: rediagnose(merged) ?? snapshot.state })
      return snapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
