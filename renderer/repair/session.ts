/**
 * What the repair screen needs from a playbook catalogue: steps, texts in the user's language,
 * finding sentences, pane URLs. The product's catalogue implements it (./playbooks.ts); screens and
 * their tests read that one.
 */
import type { Language } from '../../main/common/i18n'

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

/** Where the renderer finds playbooks and their texts (./playbooks.ts). */
export interface PlaybookCatalogue {
  playbook(id: string): PlaybookDefinition | undefined
  /** The playbook's steps and what to expect afterwards, for this macOS version (it decides the path). */
  path(
    id: string,
    macOSMajor: number | null,
  ): { steps: readonly StepDefinition[]; afterwards: readonly StepDefinition[] }
  text(key: string, lang: Language): string
  /** The playbook that fixes a finding, or null when there is nothing to repair. */
  playbookForFinding(findingId: string): string | null
  /** Evidence ids (deviceRegistered, …) as a sentence for the "still missing" list. */
  evidenceText(evidenceId: string, lang: Language): string
  /** A finding's one-sentence explanation for the user or for the helpdesk; null when unknown. */
  findingText(findingId: string, audience: 'user' | 'helpdesk', lang: Language): string | null
  /** The System Settings URL of a pane id a step names; null when unknown. */
  settingsPaneUrl(pane: string): string | null
}
