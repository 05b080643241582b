/**
 * What the repair screen needs from a playbook catalogue: steps, texts in the user's language,
 * finding sentences, pane URLs. The product's catalogue implements it (./playbooks.ts); screens and
 * their tests read that one.
 */
import type { Language } from '../../main/common/i18n'
import type { Playbook, PlaybookStep, StepAction } from '../../main/common/repair/types'

export type { StepAction }

/** A step and a playbook as the screens read them: the common model (main/common/repair/types.ts). */
export type StepDefinition = PlaybookStep
export type PlaybookDefinition = Playbook

/** Where the renderer finds playbooks and their texts (./playbooks.ts). */
export interface PlaybookCatalogue {
  playbook(id: string): PlaybookDefinition | undefined
  /** The playbook's steps and what to expect afterwards, for this macOS version (it decides the path). */
  path(
    id: string,
    macOSMajor: number | null,
    fileVaultTakesNewPassword?: boolean | null,
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
