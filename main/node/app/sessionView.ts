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
  // The bound passed without the evidence: "still not fixed, here is what is missing".
  if (session.verification.status === 'gaveUp') return 'notFixed'
  const waiting = findStep(session)?.check !== undefined && session.verification.status === 'checking'
  return waiting ? 'verifying' : 'step'
}

export function sessionView(session: RepairSession): PlaybookSessionView {
  return { sessionId: session.id, playbookId: session.playbookId, phase: phaseOf(session), view: session }
}
