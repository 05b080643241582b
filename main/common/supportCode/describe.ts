/**
 * What a support code says, in the reader's language: one labelled row per fact, values in words.
 * The CLI's `decode`, the helpdesk view's decoder and the report all show these rows.
 */
import { PLAYBOOKS } from '../repair/index'
import { renderText, textValues, type ContactConfig } from '../repair/texts'
import { DEFAULT_CONFIG } from '../config/appConfig'
import { t, type Language, type TextKey } from '../i18n'
import type { SupportCodeFacts } from './supportCode'

export interface CodeRow {
  label: string
  value: string
}

export function supportCodeRows(
  facts: SupportCodeFacts,
  language: Language,
  config: ContactConfig = DEFAULT_CONFIG,
): CodeRow[] {
  const text = (key: TextKey, values?: Record<string, string | number>) => t(language, key, values)
  const unknown = text('value.unknown')
  const yesNo = (value: boolean | null) =>
    value === null ? unknown : text(value ? 'helpdesk.value.yes' : 'helpdesk.value.no')
  const row = (label: TextKey, value: string): CodeRow => ({ label: text(label), value })
  const rows = [
    row('helpdesk.decodeLabel.verdict', `${text(`verdictIcon.${facts.verdict}`)} (${facts.verdict})`),
    row(
      'helpdesk.decodeLabel.macOS',
      facts.macOS ? `${facts.macOS.major}.${facts.macOS.minor ?? '?'}` : unknown,
    ),
    row(
      'helpdesk.decodeLabel.platformSso',
      facts.pssoReadable
        ? facts.configured === null
          ? unknown
          : text(facts.configured ? 'cli.value.configured' : 'cli.value.notConfigured')
        : text('cli.decode.unreadable'),
    ),
    row('helpdesk.fact.method', facts.method ? text(`method.${facts.method}`) : unknown),
    row('helpdesk.decodeLabel.deviceRegistered', yesNo(facts.deviceRegistered)),
    row('helpdesk.fact.userRegistered', yesNo(facts.userRegistered)),
    row(
      'helpdesk.fact.userState',
      facts.userStateClass ? text(`supportCode.userState.${facts.userStateClass}`) : unknown,
    ),
    row('helpdesk.fact.tokensPresent', yesNo(facts.tokensPresent)),
    row('helpdesk.decodeLabel.tokensExpired', yesNo(facts.tokensExpired)),
    row(
      'helpdesk.decodeLabel.tokenAge',
      facts.tokenAge
        ? text('helpdesk.tokenAgeAgo', { age: text(`supportCode.tokenAge.${facts.tokenAge}`) })
        : unknown,
    ),
    row('helpdesk.decodeLabel.companyPortal', yesNo(facts.companyPortalInstalled)),
    row('helpdesk.decodeLabel.companyPortalNewEnough', yesNo(facts.companyPortalMeetsMinimum)),
  ]
  const { repair } = facts
  if (repair) {
    const playbook = PLAYBOOKS[repair.playbookId]
    const values = textValues(language, config)
    const step = repair.stepId ? playbook.steps.find((s) => s.id === repair.stepId) : undefined
    rows.push({
      label: text('report.repair'),
      value: `${renderText(language, playbook.title, values)} (${repair.playbookId}) · ${
        step ? `${renderText(language, step.text, values)} (${step.id})` : text('supportCode.stepUnknown')
      } · ${text(`supportCode.phase.${repair.phase ?? 'unknown'}`)}`,
    })
  } else if (facts.formatVersion >= 2) rows.push(row('report.repair', text('helpdesk.summary.noRepair')))
  return rows
}

/** The rows as `label: value` lines. */
export const describeSupportCode = (facts: SupportCodeFacts, language: Language, config?: ContactConfig) =>
  supportCodeRows(facts, language, config).map((row) => `${row.label}: ${row.value}`)
