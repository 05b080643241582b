/**
 * Reads the playbook engine's session (issue 3's RepairSession, passed through IPC as `view`) and
 * turns it into what the repair screen shows: the step's texts in the user's language, its action,
 * its question, and the verification's progress. The session is validated here because it crosses
 * a process boundary; anything unreadable shows as an error, never as a guessed step.
 */

/** The part of issue 3's RepairSession the screen needs (main/common/playbooks/types.ts). */
export interface SessionView {
  id: string
  playbookId: string
  macOSMajor: number | null
  currentStepId: string | null
  verification: { status: string; missing: string[] }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Checked by hand, not with zod: the renderer bundle stays small (main validates with zod). */
export function readSession(view: unknown): SessionView | null {
  if (!isRecord(view) || !isRecord(view.verification)) return null
  const { id, playbookId, macOSMajor, currentStepId, verification } = view
  const { status, missing } = verification
  const ok =
    typeof id === 'string' &&
    typeof playbookId === 'string' &&
    (macOSMajor === null || typeof macOSMajor === 'number') &&
    (currentStepId === null || typeof currentStepId === 'string') &&
    typeof status === 'string' &&
    Array.isArray(missing) &&
    missing.every((item) => typeof item === 'string')
  return ok ? { id, playbookId, macOSMajor, currentStepId, verification: { status, missing } } : null
}

export type StepAction =
  | { kind: 'openSettings'; pane: string }
  | { kind: 'openCompanyPortal' }
  | { kind: 'openPasswordChange' }
  | { kind: 'copyText'; what: string }

export interface StepDefinition {
  id: string
  text: string
  helpdesk?: string
  action?: StepAction
  question?: { text: string; answers: readonly { id: string; text: string }[] }
  /** Shown only on these macOS major versions. */
  when?: { macOSMin?: number; macOSMax?: number }
}

export interface PlaybookDefinition {
  id: string
  title: string
  summary: string
  steps: readonly StepDefinition[]
  /** What to expect from now on, shown once the Mac has confirmed the fix. */
  afterwards?: readonly StepDefinition[]
}

/** Where the renderer finds playbooks and their texts (issue 3's catalogue; a fake in tests). */
export interface PlaybookCatalogue {
  playbook(id: string): PlaybookDefinition | undefined
  /** The playbook's steps and what to expect afterwards, for this macOS version (it decides the path). */
  path(
    id: string,
    macOSMajor: number | null,
  ): { steps: readonly StepDefinition[]; afterwards: readonly StepDefinition[] }
  text(key: string, lang: 'en' | 'ja'): string
  /** The playbook that fixes a finding, or null when there is nothing to repair. */
  playbookForFinding(findingId: string): string | null
  /** Evidence ids (deviceRegistered, …) as a sentence for the "still missing" list. */
  evidenceText(evidenceId: string, lang: 'en' | 'ja'): string
  /** A finding's one-sentence explanation for the user or for the helpdesk; null when unknown. */
  findingText(findingId: string, audience: 'user' | 'helpdesk', lang: 'en' | 'ja'): string | null
  /** The System Settings URL of a pane id a step names; null when unknown. */
  settingsPaneUrl(pane: string): string | null
}
