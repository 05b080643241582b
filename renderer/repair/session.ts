/**
 * Reads the playbook engine's session (issue 3's RepairSession, passed through IPC as `view`) and
 * turns it into what the repair screen shows: the step's texts in the user's language, its action,
 * its question, and the verification's progress. The session is validated here because it crosses
 * a process boundary; anything unreadable shows as an error, never as a guessed step.
 */
import { z } from 'zod'

/** The part of issue 3's RepairSession the screen needs (main/common/playbooks/types.ts). */
export const sessionViewSchema = z.object({
  id: z.string(),
  playbookId: z.string(),
  startedAt: z.string(),
  currentStepId: z.string().nullable(),
  shownStepIds: z.array(z.string()),
  outcome: z.string(),
  verification: z.object({
    status: z.string(),
    attempts: z.number(),
    maxAttempts: z.number(),
    missing: z.array(z.string()),
  }),
})
export type SessionView = z.infer<typeof sessionViewSchema>

export function readSession(view: unknown): SessionView | null {
  const parsed = sessionViewSchema.safeParse(view)
  return parsed.success ? parsed.data : null
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
}

export interface PlaybookDefinition {
  id: string
  title: string
  summary: string
  steps: readonly StepDefinition[]
}

/** Where the renderer finds playbooks and their texts (issue 3's catalogue; a fake in tests). */
export interface PlaybookCatalogue {
  playbook(id: string): PlaybookDefinition | undefined
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
