/**
 * `guide <finding-id|playbook-id> [--lang ja] [--macos N]`: print the playbook that fixes a finding
 * as plain text, for helpdesk scripts and tests. Without --macos every step is printed with the
 * macOS versions it applies to.
 */
import { DEFAULT_CONFIG, type AppConfig } from '../../../common/config/appConfig'
import { FINDINGS } from '../../../common/diagnosis/catalogue'
import { SOURCES } from '../../../common/diagnosis/sources'
import { FINDING_IDS, type FindingId } from '../../../common/diagnosis/findingIds'
import { PLAYBOOKS } from '../../../common/playbooks'
import { visibleSteps } from '../../../common/playbooks/session'
import { renderText, textValues, type Language } from '../../../common/playbooks/texts'
import {
  COMPLETION_CHECKS,
  isPlaybookId,
  LANGUAGES,
  PLAYBOOK_IDS,
  settingsPaneUrl,
  type PlaybookId,
  type PlaybookStep,
  type StepAction,
} from '../../../common/playbooks/types'
import { EXIT_OK, parseOptions, UsageError, type CliDeps, loadConfig } from '../shared'

const LABELS = {
  en: {
    finding: 'Finding',
    helpdesk: 'Helpdesk',
    sources: 'Sources',
    steps: 'Steps',
    afterwards: 'Once the Mac confirms the fix',
    verifiedWhen: 'Verified only when the Mac shows',
    nothingToVerify: 'Nothing to verify: this explains, it does not repair.',
    noPlaybook: 'Nothing for the user to do.',
    waits: 'Waits for the Mac to show the fix',
    action: 'Action',
    goTo: 'step',
    macOS: (min?: number, max?: number) =>
      min && max
        ? `macOS ${min}–${max} only`
        : min
          ? `macOS ${min} and later only`
          : `macOS ${max} and earlier only`,
    openSettings: 'open System Settings',
    openCompanyPortal: 'open Company Portal',
    openPasswordChange: 'open the password change page',
    copySupportContact: 'copy the helpdesk contact details',
    copySupportCode: 'copy the support code',
    helpdeskPlaybook: 'the helpdesk',
  },
  ja: {
    finding: '検出事項',
    helpdesk: 'ヘルプデスク向け',
    sources: '出典',
    steps: '手順',
    afterwards: 'Mac が修復を確認した後',
    verifiedWhen: 'Mac が次を示したときだけ完了',
    nothingToVerify: '確認は不要です（説明のみで、修復はしません）。',
    noPlaybook: 'ユーザが行う操作はありません。',
    waits: 'Mac が修復を示すまで待ちます',
    action: '操作',
    goTo: '手順',
    macOS: (min?: number, max?: number) =>
      min && max ? `macOS ${min}〜${max} のみ` : min ? `macOS ${min} 以降のみ` : `macOS ${max} 以前のみ`,
    openSettings: '「システム設定」を開く',
    openCompanyPortal: '「ポータル サイト」を開く',
    openPasswordChange: 'パスワード変更ページを開く',
    copySupportContact: 'ヘルプデスクの連絡先をコピー',
    copySupportCode: 'サポートコードをコピー',
    helpdeskPlaybook: 'ヘルプデスク',
  },
} as const

export async function guideCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    lang: { type: 'string', default: 'en' },
    macos: { type: 'string' },
  })
  const language = values.lang as Language
  if (!LANGUAGES.includes(language)) throw new UsageError(`--lang must be one of: ${LANGUAGES.join(', ')}`)
  const macOSMajor = values.macos === undefined ? undefined : Number(values.macos)
  if (macOSMajor !== undefined && !(Number.isInteger(macOSMajor) && macOSMajor >= 13))
    throw new UsageError(`--macos takes a macOS major version (13 or later): ${values.macos}`)
  const [id, ...extra] = positionals
  if (!id || extra.length > 0)
    throw new UsageError(
      `guide takes one finding id or playbook id.\nFindings: ${FINDING_IDS.join(', ')}\nPlaybooks: ${PLAYBOOK_IDS.join(', ')}`,
    )
  const isFinding = (FINDING_IDS as readonly string[]).includes(id)
  if (!isFinding && !isPlaybookId(id))
    throw new UsageError(`Unknown finding or playbook: ${id}\nFindings: ${FINDING_IDS.join(', ')}`)
  deps.stdout(
    formatGuide(
      isFinding ? { findingId: id as FindingId } : { playbookId: id as PlaybookId },
      language,
      macOSMajor ?? null,
      await loadConfig(deps),
    ),
  )
  return EXIT_OK
}

export function formatGuide(
  target: { findingId: FindingId } | { playbookId: PlaybookId },
  language: Language,
  macOSMajor: number | null,
  config: AppConfig = DEFAULT_CONFIG,
): string {
  const labels = LABELS[language]
  const values = textValues(language, config)
  const text = (key: PlaybookStep['text']) => renderText(language, key, values)
  const lines: string[] = []
  let playbookId: PlaybookId | null
  if ('findingId' in target) {
    const entry = FINDINGS[target.findingId]
    playbookId = entry.playbook
    lines.push(
      `${labels.finding}: ${target.findingId} (${entry.severity})`,
      entry.user[language],
      `${labels.helpdesk}: ${entry.helpdesk[language]}`,
      `${labels.sources}: ${entry.sources.map((key) => `[${key}] ${SOURCES[key]}`).join('  ')}`,
      '',
    )
  } else playbookId = target.playbookId
  if (playbookId === null) return `${[...lines, labels.noPlaybook].join('\n')}\n`

  const playbook = PLAYBOOKS[playbookId]
  // Without --macos: every step, each labelled with the versions it applies to.
  const shown = (steps: readonly PlaybookStep[]) =>
    macOSMajor === null ? [...steps] : visibleSteps(steps, macOSMajor)
  const steps = shown(playbook.steps)
  const numberOf = (stepId: string) => {
    const index = playbook.steps.findIndex((s) => s.id === stepId)
    const target = playbook.steps.slice(index).find((s) => steps.includes(s))
    return target ? steps.indexOf(target) + 1 : null
  }
  const describeAction = (action: StepAction) => {
    switch (action.kind) {
      case 'openSettings':
        return `${labels.openSettings} (${settingsPaneUrl(action.pane)})`
      case 'openCompanyPortal':
        return labels.openCompanyPortal
      case 'openPasswordChange':
        return `${labels.openPasswordChange} (${values.passwordChangeUrl})`
      case 'copyText':
        return action.what === 'supportContact' ? labels.copySupportContact : labels.copySupportCode
    }
  }
  const formatStep = (step: PlaybookStep, prefix: string) => {
    const out = [`${prefix}${text(step.text)}`]
    const indent = ' '.repeat(prefix.length)
    if (step.when && macOSMajor === null)
      out.push(`${indent}(${labels.macOS(step.when.macOSMin, step.when.macOSMax)})`)
    if (step.action) out.push(`${indent}${labels.action}: ${describeAction(step.action)}`)
    for (const answer of step.question?.answers ?? []) {
      const next =
        'step' in answer.next
          ? `${labels.goTo} ${numberOf(answer.next.step) ?? '?'}`
          : answer.next.playbook === 'helpdesk-handoff'
            ? labels.helpdeskPlaybook
            : answer.next.playbook
      out.push(`${indent}- ${text(answer.text)} → ${next}`)
    }
    if (step.check) out.push(`${indent}${labels.waits}`)
    if (step.helpdesk) out.push(`${indent}${labels.helpdesk}: ${text(step.helpdesk)}`)
    return out
  }

  lines.push(text(playbook.title), text(playbook.summary), '', `${labels.steps}:`)
  steps.forEach((step, index) => lines.push(...formatStep(step, `${index + 1}. `)))
  const afterwards = shown(playbook.afterwards)
  if (afterwards.length > 0) {
    lines.push('', `${labels.afterwards}:`)
    for (const step of afterwards) lines.push(...formatStep(step, '- '))
  }
  lines.push(
    '',
    playbook.verify === null
      ? labels.nothingToVerify
      : `${labels.verifiedWhen}: ${COMPLETION_CHECKS[playbook.verify]
          .map((evidence) => text(`evidence.${evidence}`))
          .join('; ')}`,
  )
  return `${lines.join('\n')}\n`
}
