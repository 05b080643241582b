/**
 * What the screens need from a playbook catalogue: playbooks, texts in the user's language, finding
 * sentences, pane URLs. The session's current step comes from findStep (main/common/repair/session.ts).
 * The product's catalogue implements it (./playbooks.ts); screens and their tests read that one.
 */
import type { Language } from '../../main/common/i18n'
import type { Playbook, StepAction } from '../../main/common/repair/types'

export type { StepAction }

/** Where the renderer finds playbooks and their texts (./playbooks.ts). */
export interface PlaybookCatalogue {
  /** A playbook as the common model has it (main/common/repair/types.ts); undefined when unknown. */
  playbook(id: string): Playbook | undefined
  text(key: string, lang: Language): string
  /** The playbook that fixes a finding, or null when there is nothing to repair. */
  playbookForFinding(findingId: string): string | null
  /** A finding's one-sentence explanation for the user or for the helpdesk; null when unknown. */
  findingText(findingId: string, audience: 'user' | 'helpdesk', lang: Language): string | null
  /** The System Settings URL of a pane id a step names; null when unknown. */
  settingsPaneUrl(pane: string): string | null
}
