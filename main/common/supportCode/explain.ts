/**
 * A support code explained for the agent who heard it: what it says (rows), the findings in words,
 * where the user is in the repair, and the guide to follow for that Mac's macOS version. The CLI's
 * `decode` prints this and the helpdesk view shows it, so both say the same.
 */
import { DEFAULT_CONFIG } from '../config/appConfig'
import { FINDINGS, playbookForFindings } from '../diagnosis/catalogue'
import type { FindingId } from '../diagnosis/findingIds'
import { t, type Language } from '../i18n'
import type { Severity } from '../model/macState'
import { guideText, type GuideText } from '../repair/guideText'
import { PLAYBOOKS } from '../repair/index'
import { renderText, textValues, type ContactConfig } from '../repair/texts'
import { supportCodeRows, type CodeRow } from './describe'
import { encodeFacts, type SupportCodeFacts } from './supportCode'

export interface ExplainedFinding {
  id: FindingId
  severity: Severity
  user: string
  helpdesk: string
}

export interface ExplainedCode {
  /** The code as it should be read back, grouped 5-5-5. */
  code: string
  facts: SupportCodeFacts
  rows: CodeRow[]
  findings: ExplainedFinding[]
  moreFindings: boolean
  /** One sentence: where the user is in the repair; null when none runs. */
  repair: string | null
  /** The guide for the first finding that has one, for the code's macOS version. */
  guide: GuideText | null
}

export function explainSupportCode(
  facts: SupportCodeFacts,
  language: Language,
  config: ContactConfig = DEFAULT_CONFIG,
): ExplainedCode {
  const macOSMajor = facts.macOS?.major ?? null
  const repairPlaybook = facts.repair?.playbookId ?? null
  const playbookId =
    repairPlaybook ?? playbookForFindings(facts.findings.map((id) => ({ id })))?.playbookId ?? null
  const guide = playbookId ? guideText(playbookId, language, macOSMajor, config) : null
  let repair: string | null = null
  if (facts.repair) {
    const title = renderText(language, PLAYBOOKS[facts.repair.playbookId].title, textValues(language, config))
    const index = guide?.steps.findIndex((step) => step.id === facts.repair?.stepId) ?? -1
    repair =
      index >= 0
        ? t(language, 'helpdesk.decodedRepair', { title, number: index + 1, text: guide!.steps[index]!.text })
        : t(language, 'helpdesk.decodedRepairUnknownStep', { title })
  }
  return {
    code: encodeFacts(facts),
    facts,
    rows: supportCodeRows(facts, language, config),
    findings: facts.findings.map((id) => ({
      id,
      severity: FINDINGS[id].severity,
      user: t(language, `finding.${id}.user`),
      helpdesk: t(language, `finding.${id}.helpdesk`),
    })),
    moreFindings: facts.moreFindings,
    repair,
    guide,
  }
}
