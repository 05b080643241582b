/** Issue 3's RepairSession as the renderer receives it: the session plus the phase its screen shows. */
import type { PlaybookSessionView } from '../../../preload/contract'
import { findStep } from '../../common/playbooks/session'
import type { RepairSession } from '../../common/playbooks/types'

const PHASE_BY_OUTCOME = {
  verified: 'fixed',
  gaveUp: 'notFixed',
  handedOff: 'handedOff',
  explained: 'explained',
  cancelled: 'cancelled',
} as const

export function sessionView(session: RepairSession): PlaybookSessionView {
  const phase =
    session.outcome !== 'inProgress'
      ? PHASE_BY_OUTCOME[session.outcome]
      : findStep(session)?.check !== undefined && session.verification.status === 'checking'
        ? 'verifying'
        : 'step'
  return { sessionId: session.id, playbookId: session.playbookId, phase, view: session }
}
