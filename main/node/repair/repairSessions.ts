/**
 * The owner of the guided repair: one active session at a time, kept in the main process (so it
 * survives the window closing), changed only by commands and by the verification loop, and
 * published after every change. No electron here: the shell passes the probe, clock, timers and
 * a publish function (IPC push). Commands arrive already validated: the IPC contract checks each
 * request's shape and the handlers check its ids against the catalogue (main/node/app/handlers.ts).
 */
import type { MacState, StateResult } from '../../common/model/macState'
import { PLAYBOOKS } from '../../common/repair'
import { applyCommand, applyVerification, startSession } from '../../common/repair/session'
import type { PlaybookId, RepairCommand, RepairSession } from '../../common/repair/types'
import type { FindingId } from '../../common/diagnosis/findingIds'
import { formatIsoSeconds } from '../../common/time'
import type { Timers } from '../../common/timers'
import {
  DEFAULT_BACKOFF,
  startVerification,
  type BackoffPolicy,
  type VerificationLoop,
} from './verificationLoop'

export interface RepairSessionDeps {
  probe: () => Promise<StateResult>
  now: () => number
  timers: Timers
  newId: () => string
  /**
   * What decides the path, from the last known state (session.ts fileVaultContextOf): the macOS
   * major version, and whether the new password opens the FileVault screen.
   */
  macContext: () => { macOSMajor: number | null; fileVaultTakesNewPassword: boolean | null }
  publish: (session: RepairSession | null, state: MacState | null) => void
  policy?: BackoffPolicy
}

export interface RepairSessions {
  current: () => RepairSession | null
  handle: (command: RepairCommand) => void
  dispose: () => void
}

export function createRepairSessions(deps: RepairSessionDeps): RepairSessions {
  const policy = deps.policy ?? DEFAULT_BACKOFF
  let session: RepairSession | null = null
  let loop: VerificationLoop | null = null

  const stopLoop = () => {
    const running = loop
    loop = null
    running?.stop()
  }

  const set = (next: RepairSession, state: MacState | null = null) => {
    session = next
    if (next.outcome !== 'inProgress') stopLoop()
    deps.publish(session, state)
  }

  const start = (playbookId: PlaybookId, findingId: FindingId | null) => {
    stopLoop()
    const started = startSession({
      id: deps.newId(),
      playbookId,
      findingId,
      startedAt: formatIsoSeconds(deps.now()),
      ...deps.macContext(),
      maxAttempts: policy.maxAttempts,
    })
    set(started)
    const check = PLAYBOOKS[playbookId].verify
    if (check === null || started.outcome !== 'inProgress') return
    const thisLoop: VerificationLoop = startVerification(
      { check, startedAt: started.startedAt, policy },
      {
        probe: deps.probe,
        now: deps.now,
        timers: deps.timers,
        // Only the running loop of the current session may change it (a stopped one is silent).
        onProgress: (progress, state) => {
          if (!session || loop !== thisLoop) return
          const before = session.currentStepId
          set(applyVerification(session, progress, state), state)
          // The Mac showed the stage done: that is progress, the bound starts again.
          if (session.outcome === 'inProgress' && session.currentStepId !== before) thisLoop.freshBound()
        },
      },
    )
    loop = thisLoop
  }

  return {
    current: () => session,
    handle: (command) => {
      if (command.type === 'start') return start(command.playbookId, command.findingId)
      if (!session) return
      if (command.type === 'checkNow') return loop?.checkNow()
      const before = session
      const result = applyCommand(session, command)
      set(result.session)
      if ('switchTo' in result) return start(result.switchTo.playbookId, result.switchTo.findingId)
      // A new stage (or trying again) is the user's progress: the bound counts from now.
      if (result.session.currentStepId !== before.currentStepId || command.type === 'retry')
        loop?.freshBound()
    },
    dispose: stopLoop,
  }
}
