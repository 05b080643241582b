/**
 * What the repair screen needs from a playbook catalogue: steps, texts in the user's language,
 * finding sentences, pane URLs. Issue 3's catalogue implements it (./playbooks.ts); tests inject a
 * small fake, so the screens are tested apart from the playbooks' wording.
 */

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
