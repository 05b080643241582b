/**
 * A playbook session as main pushes it (the contract's view), over the product's playbooks: every
 * step id must exist in the real playbook, so a test can never show a step the product lacks.
 */
import { PLAYBOOKS } from '../../main/common/repair'
import type { EvidenceId, PlaybookId, VerificationStatus } from '../../main/common/repair/types'
import type { PlaybookSessionView } from '../../main/common/ipc/contract'
import { sessionView } from '../../main/node/app/sessionView'

export function sessionAt(
  stepId: string | null,
  phase: PlaybookSessionView['phase'] = 'step',
  options: {
    /** The real playbook for the finding user-not-registered by default. */
    playbookId?: PlaybookId
    missing?: EvidenceId[]
    verification?: VerificationStatus
    macOSMajor?: number
    shown?: string[]
    /** Probes since the user's last progress (3 by default). */
    attempts?: number
  } = {},
): PlaybookSessionView {
  const playbookId = options.playbookId ?? 'register-user'
  const playbook = PLAYBOOKS[playbookId]
  const stepIds = [...playbook.steps, ...playbook.afterwards].map((step) => step.id)
  const shown = options.shown ?? (stepId ? [stepId] : [])
  for (const id of [stepId, ...shown])
    if (id !== null && !stepIds.includes(id)) throw new Error(`${playbookId} has no step “${id}”`)
  const outcomes = {
    fixed: 'verified',
    handedOff: 'handedOff',
    explained: 'explained',
    cancelled: 'cancelled',
  } as const
  const view: PlaybookSessionView['view'] = {
    id: 's1',
    playbookId,
    findingId: 'user-not-registered',
    startedAt: '2026-11-21T10:00:00Z',
    macOSMajor: options.macOSMajor ?? 15,
    currentStepId: stepId,
    shownStepIds: shown,
    answers: {},
    outcome: phase in outcomes ? outcomes[phase as keyof typeof outcomes] : 'inProgress',
    verification: {
      status:
        options.verification ??
        (phase === 'verifying' ? 'checking' : phase === 'notFixed' ? 'gaveUp' : 'notNeeded'),
      check: null,
      attempts: options.attempts ?? 3,
      maxAttempts: 20,
      lastCheckedAt: null,
      nextCheckAt: null,
      satisfied: [],
      missing: options.missing ?? [],
    },
  }
  // The phase as main derives it from the session: a test can never show a view main never sends.
  const derived = sessionView(view)
  if (derived.phase !== phase)
    throw new Error(`main shows ${playbookId} at “${stepId}” as ${derived.phase}, not ${phase}`)
  return derived
}
