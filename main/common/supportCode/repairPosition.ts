/**
 * Where the user is in a repair, as a support code carries it: the playbook by its index in
 * PLAYBOOK_IDS and the step by its index in that playbook's table below. The tables are append-only
 * (test/unit/supportCode/repairPosition.test.ts): a code read aloud today must mean the same step to
 * every later version, so a new step is added at the end and a removed one keeps its slot.
 */
import { isPlaybookId, type PlaybookId } from '../repair/playbookIds'

export const REPAIR_STEP_TABLE: Record<PlaybookId, readonly string[]> = {
  'password-reset': [
    'temporary-password',
    'set-permanent-password',
    'lock-and-unlock',
    'asked-for-new-password',
    'sign-in-when-asked',
    'wait-for-sign-in',
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'confirm-registered',
    'filevault-new-password',
    'filevault-old-password',
    'filevault-policy-unknown',
    'sign-in-notification',
    'company-portal-deregister',
    'use-new-password',
    'keychain',
    'after-care',
  ],
  'registration-required': [
    'check-company-portal',
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'sign-in-appeared',
    'focus',
    'log-out-and-in',
    'company-portal-register-device',
    'confirm-registered',
    'company-portal-deregister',
  ],
  'register-user': [
    'open-users-and-groups',
    'network-account-server',
    'register-or-repair',
    'open-company-portal',
    'company-portal-register',
    'enter-mac-password',
    'sign-in-microsoft',
    'confirm-registered',
    'company-portal-deregister',
  ],
  'refresh-tokens': ['lock-and-unlock', 'sign-in-once', 'password-changed'],
  'secure-enclave-password': [
    'keep-mac-password',
    'passkey-settings-macos14',
    'passkey-settings-macos15',
    'passkey-company-portal',
  ],
  'not-configured': [
    'company-portal',
    'wait-for-settings',
    'contact',
    'check-profiles',
    'check-profiles-earlier',
  ],
  'helpdesk-handoff': ['contact', 'support-code', 'keep-open'],
}

/** What the user is doing in the repair: on a step (waiting for the user too), or waiting while the app verifies it. */
export const REPAIR_PHASES = ['step', 'verifying', 'handedOff'] as const
export type RepairPhase = (typeof REPAIR_PHASES)[number]

/** The repair a code carries; a step or phase this version does not know is null (never guessed). */
export interface RepairPosition {
  playbookId: PlaybookId
  stepId: string | null
  phase: RepairPhase | null
}

/** How many playbooks and steps a code can carry (support code format 2: 3 and 5 bits, 0 = none). */
export const PLAYBOOK_BITS = 3
export const MAX_CODE_PLAYBOOKS = 2 ** PLAYBOOK_BITS - 1
export const MAX_CODE_STEPS = 31

/** The position of a running repair (the renderer's and main's session view), or null when none runs. */
export function repairPositionOf(
  session: { playbookId: string; phase: string; view: { currentStepId: string | null } } | null,
): RepairPosition | null {
  if (!session || !isPlaybookId(session.playbookId)) return null
  const { playbookId } = session
  // Waiting for the user (the check's bound passed on a stage that is still theirs) is being on
  // that step: the user is mid-repair, and the code has no slot for a fourth phase.
  const phase =
    session.phase === 'waiting'
      ? 'step'
      : (REPAIR_PHASES as readonly string[]).includes(session.phase)
        ? (session.phase as RepairPhase)
        : null
  // A finished repair (fixed, cancelled, explained) is no longer a place the user is in.
  if (phase === null) return null
  const stepId = session.view.currentStepId
  return {
    playbookId,
    stepId: stepId !== null && REPAIR_STEP_TABLE[playbookId].includes(stepId) ? stepId : null,
    phase,
  }
}
