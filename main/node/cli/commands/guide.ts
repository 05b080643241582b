/**
 * `guide <finding-id|playbook-id> [--lang ja] [--macos N] [--filevault-policy NAME|none]`: print the
 * playbook that fixes a finding as plain text, for helpdesk scripts and tests. Without --macos every
 * step is printed with the macOS versions (and FileVault policy) it applies to.
 */
import { DEFAULT_CONFIG, type AppConfig } from '../../../common/config/appConfig'
import { FINDINGS } from '../../../common/diagnosis/catalogue'
import { SOURCES } from '../../../common/diagnosis/sources'
import { FINDING_IDS, isFindingId, type FindingId } from '../../../common/diagnosis/findingIds'
import { PLAYBOOKS } from '../../../common/repair'
import { fileVaultTakesNewPassword, stepApplies, visibleSteps } from '../../../common/repair/session'
import { t, type Language, type TextKey, type TextValues } from '../../../common/i18n'
import { renderText, textValues } from '../../../common/repair/texts'
import {
  type ChecklistItem,
  COMPLETION_CHECKS,
  isPlaybookId,
  PLAYBOOK_IDS,
  settingsPaneUrl,
  type PlaybookId,
  type PlaybookStep,
  type StepAction,
  type StepCondition,
} from '../../../common/repair/types'
import { cliLanguage, EXIT_OK, parseOptions, UsageError, type CliDeps, loadConfig } from '../shared'

/** The guide's own words: keys of the catalogue's `cli.guide.*` namespace. */
type GuideLabel = TextKey extends infer K ? (K extends `cli.guide.${infer Rest}` ? Rest : never) : never

export async function guideCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    lang: { type: 'string' },
    macos: { type: 'string' },
    'filevault-policy': { type: 'string' },
  })
  const language = cliLanguage(values.lang, deps.system.env)
  const macOSMajor = values.macos === undefined ? undefined : Number(values.macos)
  if (macOSMajor !== undefined && !(Number.isInteger(macOSMajor) && macOSMajor >= 13))
    throw new UsageError(`--macos takes a macOS major version (13 or later): ${values.macos}`)
  const policy = values['filevault-policy']
  if (policy !== undefined && !/^(none|[A-Za-z]+)$/.test(policy))
    throw new UsageError(`--filevault-policy takes a FileVaultPolicy name or none: ${policy}`)
  const [id, ...extra] = positionals
  if (!id || extra.length > 0)
    throw new UsageError(
      `guide takes one finding id or playbook id.\nFindings: ${FINDING_IDS.join(', ')}\nPlaybooks: ${PLAYBOOK_IDS.join(', ')}`,
    )
  const target = isFindingId(id) ? { findingId: id } : isPlaybookId(id) ? { playbookId: id } : null
  if (!target) throw new UsageError(`Unknown finding or playbook: ${id}\nFindings: ${FINDING_IDS.join(', ')}`)
  deps.stdout(
    formatGuide(
      target,
      language,
      macOSMajor ?? null,
      await loadConfig(deps),
      policy === undefined ? undefined : policy === 'none' ? null : policy,
    ),
  )
  return EXIT_OK
}

export function formatGuide(
  target: { findingId: FindingId } | { playbookId: PlaybookId },
  language: Language,
  macOSMajor: number | null,
  config: AppConfig = DEFAULT_CONFIG,
  /** The device's FileVaultPolicy (null: none); undefined when not known. */
  fileVaultPolicy?: string | null,
): string {
  const fileVault = fileVaultTakesNewPassword(macOSMajor, fileVaultPolicy)
  const label = (key: GuideLabel, values?: TextValues) => t(language, `cli.guide.${key}`, values)
  const macOSRange = (min?: number, max?: number) =>
    min && max
      ? label('macOS.range', { min, max })
      : min
        ? label('macOS.min', { min })
        : label('macOS.max', { max: max ?? '?' })
  const values = textValues(language, config)
  const text = (key: PlaybookStep['text']) => renderText(language, key, values)
  const lines: string[] = []
  let playbookId: PlaybookId | null
  if ('findingId' in target) {
    const entry = FINDINGS[target.findingId]
    playbookId = entry.playbook
    lines.push(
      `${label('finding')}: ${target.findingId} (${entry.severity})`,
      t(language, `finding.${target.findingId}.user`),
      `${label('helpdesk')}: ${t(language, `finding.${target.findingId}.helpdesk`)}`,
      `${label('sources')}: ${entry.sources.map((key) => `[${key}] ${SOURCES[key]}`).join('  ')}`,
      '',
    )
  } else playbookId = target.playbookId
  if (playbookId === null) return `${[...lines, label('noPlaybook')].join('\n')}\n`

  const playbook = PLAYBOOKS[playbookId]
  // Without --macos: every step, each labelled with the versions it applies to.
  const shown = (steps: readonly PlaybookStep[]) =>
    macOSMajor === null ? [...steps] : visibleSteps(steps, macOSMajor, fileVault)
  const steps = shown(playbook.steps)
  const numberOf = (stepId: string) => {
    const index = playbook.steps.findIndex((s) => s.id === stepId)
    const target = playbook.steps.slice(index).find((s) => steps.includes(s))
    return target ? steps.indexOf(target) + 1 : null
  }
  const describeAction = (action: StepAction) => {
    switch (action.kind) {
      case 'openSettings':
        return `${label('openSettings')} (${settingsPaneUrl(action.pane)})`
      case 'openCompanyPortal':
        return label('openCompanyPortal')
      case 'openPasswordChange':
        return `${label('openPasswordChange')} (${values.passwordChangeUrl})`
      case 'copyText':
        return action.what === 'supportContact' ? label('copySupportContact') : label('copySupportCode')
    }
  }
  /** The macOS versions and FileVault policy a step or line applies to, for the listing without --macos. */
  const conditionsOf = ({ macOSMin, macOSMax, fileVaultTakesNewPassword: opensFileVault }: StepCondition) =>
    [
      ...(macOSMin !== undefined || macOSMax !== undefined ? [macOSRange(macOSMin, macOSMax)] : []),
      ...(opensFileVault !== undefined ? [label(`fileVault.${opensFileVault ?? 'unknown'}`)] : []),
    ].join('; ')
  // A stage's checklist and notes: on one macOS version its own lines; without --macos every line,
  // labelled with the versions it applies to.
  const items = (list: readonly ChecklistItem[] | undefined) =>
    (list ?? []).flatMap((item) => {
      if (typeof item === 'string') return [text(item)]
      if (macOSMajor === null) return [`${text(item.text)} (${conditionsOf(item.when)})`]
      return stepApplies(item, macOSMajor, fileVault) ? [text(item.text)] : []
    })
  const formatStep = (step: PlaybookStep, prefix: string) => {
    const out = [`${prefix}${text(step.text)}`]
    const indent = ' '.repeat(prefix.length)
    if (step.when && macOSMajor === null) out.push(`${indent}(${conditionsOf(step.when)})`)
    for (const note of items(step.notes)) out.push(`${indent}! ${note}`)
    for (const item of items(step.checklist)) out.push(`${indent}* ${item}`)
    if (step.action) out.push(`${indent}${label('action')}: ${describeAction(step.action)}`)
    for (const answer of step.question?.answers ?? []) {
      const next =
        'step' in answer.next
          ? `${label('goTo')} ${numberOf(answer.next.step) ?? '?'}`
          : answer.next.playbook === 'helpdesk-handoff'
            ? label('helpdeskPlaybook')
            : answer.next.playbook
      out.push(`${indent}- ${text(answer.text)} → ${next}`)
    }
    if (step.check) out.push(`${indent}${label('waits')}`)
    if (step.helpdesk) out.push(`${indent}${label('helpdesk')}: ${text(step.helpdesk)}`)
    return out
  }

  lines.push(text(playbook.title), text(playbook.summary), '', `${label('steps')}:`)
  steps.forEach((step, index) => lines.push(...formatStep(step, `${index + 1}. `)))
  const afterwards = shown(playbook.afterwards)
  if (afterwards.length > 0) {
    lines.push('', `${label('afterwards')}:`)
    for (const step of afterwards) lines.push(...formatStep(step, '- '))
  }
  lines.push(
    '',
    playbook.verify === null
      ? label('nothingToVerify')
      : `${label('verifiedWhen')}: ${COMPLETION_CHECKS[playbook.verify]
          .map((evidence) => text(`evidence.${evidence}`))
          .join('; ')}`,
  )
  return `${lines.join('\n')}\n`
}
