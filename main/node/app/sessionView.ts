/** The main process's RepairSession as the renderer receives it: the session plus the phase its screen shows. */
import type { PlaybookSessionView } from '../../common/ipc/contract'
import { findStep } from '../../common/repair/session'
import type { RepairSession } from '../../common/repair/types'

const PHASE_BY_OUTCOME = {
  verified: 'fixed',
  handedOff: 'handedOff',
  explained: 'explained',
  cancelled: 'cancelled',
} as const satisfies Record<Exclude<RepairSession['outcome'], 'inProgress'>, PlaybookSessionView['phase']>

function phaseOf(session: RepairSession): PlaybookSessionView['phase'] {
  if (session.outcome !== 'inProgress') return PHASE_BY_OUTCOME[session.outcome]
  const step = findStep(session)
  // The bound passed: "not fixed" only once the user's part is done (the stage that awaits the
  // proof); a stage still waiting for the user is never a failure.
  if (session.verification.status === 'gaveUp') return step?.check !== undefined ? 'notFixed' : 'waiting'
  const watched = step?.check !== undefined || step?.advanceWhen !== undefined
  return watched && session.verification.status === 'checking' ? 'verifying' : 'step'
}

export function sessionView(session: RepairSession): PlaybookSessionView {
  return { sessionId: session.id, playbookId: session.playbookId, phase: phaseOf(session), view: session }
}
