/**
 * A playbook as the helpdesk reads it aloud: its title, then its steps for one macOS version, each
 * with its helpdesk note. The report, the helpdesk view's decoder and its summary all show this, and
 * the `guide` CLI prints the same step texts (for an unknown version, every step, like `guide`
 * without --macos).
 */
import type { Language } from '../i18n'
import { PLAYBOOKS } from './index'
import { visibleSteps } from './session'
import { renderText, textValues, type ContactConfig } from './texts'
import type { PlaybookId, PlaybookStep } from './types'

export interface GuideStepText {
  id: string
  text: string
  helpdesk: string | null
}

export interface GuideText {
  playbookId: PlaybookId
  title: string
  summary: string
  /** Null when the steps are for every macOS version (the Mac's was unknown). */
  macOSMajor: number | null
  steps: GuideStepText[]
}

export function guideText(
  playbookId: PlaybookId,
  language: Language,
  macOSMajor: number | null,
  config: ContactConfig,
): GuideText {
  const playbook = PLAYBOOKS[playbookId]
  const values = textValues(language, config)
  const text = (key: PlaybookStep['text']) => renderText(language, key, values)
  const steps = macOSMajor === null ? playbook.steps : visibleSteps(playbook.steps, macOSMajor)
  return {
    playbookId,
    title: text(playbook.title),
    summary: text(playbook.summary),
    macOSMajor,
    steps: steps.map((step) => ({
      id: step.id,
      text: text(step.text),
      helpdesk: step.helpdesk ? text(step.helpdesk) : null,
    })),
  }
}
