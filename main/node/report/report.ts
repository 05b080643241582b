/**
 * The redacted report: Markdown for a ticket, JSON for tools, in the reader's language (technical
 * keys stay as they are). Both carry the verdict, the support code and what it says, the findings
 * with the guide for this Mac's macOS version as numbered steps, the user's answers and when they
 * were given, how to find the Mac in Intune, the facts, the history and the redacted raw outputs.
 * Kept identifiers appear as the redactor shows them (as-is, or pseudonymised when configured).
 */
import { DEFAULT_CONFIG } from '../../common/config/appConfig'
import { FINDINGS } from '../../common/diagnosis/catalogue'
import type { AnsweredQuestion } from '../../common/diagnosis/questions'
import type { FindingId } from '../../common/diagnosis/findingIds'
import { factGroups } from '../../common/helpdesk/factGroups'
import { APP_ID, PRODUCT_NAME } from '../../common/identity'
import type { HistoryRecord } from '../../common/history/historyRecord'
import { signInLogTimeline, summarizeHistory } from '../../common/history/timeline'
import { t, type Language, type TextKey, type TextValues } from '../../common/i18n'
import type { DeviceIdentity } from '../../common/model/deviceIdentity'
import type { MacState } from '../../common/model/macState'
import { macOSMajorOf } from '../../common/model/macOSVersion'
import { guideText, type GuideText } from '../../common/repair/guideText'
import type { ContactConfig } from '../../common/repair/texts'
import { describeSupportCode } from '../../common/supportCode/describe'
import type { RepairPosition } from '../../common/supportCode/repairPosition'
import {
  encodeSupportCode,
  supportCodeFacts,
  type SupportCodeFacts,
} from '../../common/supportCode/supportCode'
import type { RawCapture } from '../probe/readMacState'
import type { Redactor } from './redact'
import { redactCapture, type StoredCapture } from './storedCapture'

export const REPORT_FORMAT = 2
/** How many of the newest history transitions a report carries. */
export const REPORT_HISTORY_ENTRIES = 50

export interface ReportInput {
  state: MacState
  capture: RawCapture
  appVersion: string
  /** When the report was made (ISO 8601 UTC). */
  generatedAt: string
  /** The recorded state transitions (main/node/history), oldest first; none when absent. */
  history?: HistoryRecord[]
  /** Why the history could not be read; the report says so instead of showing none. */
  historyProblem?: string
  /** The reader's language (the UI's, or `--lang`); English when absent. */
  language?: Language
  /** How to find the Mac in Intune; absent when it was not read. */
  device?: DeviceIdentity | null
  /** What the user answered, and when. */
  answers?: AnsweredQuestion[]
  /** The repair the user is in; the support code carries it. */
  repair?: RepairPosition | null
  /** The organisation's contact details, for the guides' texts. */
  config?: ContactConfig
}

export interface ReportOptions {
  redactor: Redactor
}

export interface ReportJson {
  reportFormat: typeof REPORT_FORMAT
  app: { name: string; id: string; version: string }
  language: Language
  generatedAt: string
  capturedAt: string
  identifiersPseudonymized: boolean
  supportCode: string
  /** What the support code says (the same facts `decode --json` prints). */
  supportCodeFacts: SupportCodeFacts
  /** The Mac's identification, through the redactor; null when it was not read. */
  device: DeviceIdentity | null
  answers: AnsweredQuestion[]
  repair: RepairPosition | null
  /** For each finding, the guide to walk the user through (null: the helpdesk takes over). */
  guides: { findingId: FindingId; guide: GuideText | null }[]
  state: MacState
  raw: { appSso: string | null; profiles: string | null }
  /** The newest recorded transitions, oldest first (no identifiers: see historyRecord.ts). */
  history: HistoryRecord[]
}

export interface Report {
  json: ReportJson
  markdown: string
  /** The redacted capture the report was made from (a bundle stores it). */
  capture: StoredCapture
}

export function buildReport(input: ReportInput, { redactor }: ReportOptions): Report {
  const capture = redactCapture(input.capture, redactor)
  const state = redactState(input.state, redactor)
  const language = input.language ?? 'en'
  const output = (result: StoredCapture['appSso']) =>
    result.status === 'ok' || result.status === 'exitCode' ? result.stdout : null
  const macOSMajor = macOSMajorOf(input.state.os.version)
  const config = input.config ?? DEFAULT_CONFIG
  const repair = input.repair ?? null
  const device = input.device
    ? {
        ...input.device,
        serialNumber: redactor.identifier(input.device.serialNumber),
        computerName: redactor.identifier(input.device.computerName),
        problems: input.device.problems.map((problem) => redactor.text(problem)),
      }
    : null
  const json: ReportJson = {
    reportFormat: REPORT_FORMAT,
    app: { name: PRODUCT_NAME, id: APP_ID, version: input.appVersion },
    language,
    generatedAt: input.generatedAt,
    capturedAt: state.capturedAt,
    identifiersPseudonymized: redactor.pseudonymize,
    supportCode: encodeSupportCode(input.state, repair),
    supportCodeFacts: supportCodeFacts(input.state, repair),
    device,
    answers: input.answers ?? [],
    repair,
    guides: state.verdict.findings.map((finding) => {
      const playbookId = FINDINGS[finding.id].playbook
      return {
        findingId: finding.id,
        guide: playbookId ? guideText(playbookId, language, macOSMajor, config) : null,
      }
    }),
    state,
    raw: { appSso: output(capture.appSso), profiles: output(capture.profiles) },
    history: (input.history ?? []).slice(-REPORT_HISTORY_ENTRIES),
  }
  return { json, markdown: reportMarkdown(json, input.historyProblem), capture }
}

/** The state as a report shows it: identifiers through the redactor, free text redacted. */
export function redactState(state: MacState, redactor: Redactor): MacState {
  const { psso } = state
  const probes = Object.fromEntries(
    Object.entries(state.probes).map(([name, probe]) => [
      name,
      { ...probe, detail: probe.detail === null ? null : redactor.text(probe.detail) },
    ]),
  ) as MacState['probes']
  return {
    ...state,
    psso: {
      ...psso,
      deviceId: redactor.identifier(psso.deviceId),
      tenantId: redactor.identifier(psso.tenantId),
      user: {
        ...psso.user,
        upn: redactor.identifier(psso.user.upn),
        loginUserName: redactor.identifier(psso.user.loginUserName),
      },
    },
    // The log lines were redacted when read; pseudonyms apply on top.
    signInLog: {
      ...state.signInLog,
      events: state.signInLog.events.map((event) => ({ ...event, line: redactor.text(event.line) })),
    },
    probes,
    verdict: {
      ...state.verdict,
      findings: state.verdict.findings.map((finding) => ({
        ...finding,
        evidence: Object.fromEntries(
          Object.entries(finding.evidence).map(([key, value]) => [
            key,
            typeof value === 'string' ? redactor.text(value) : value,
          ]),
        ),
      })),
    },
  }
}

/** A fence longer than any run of backticks in the text, so raw output cannot end it early. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  let end = text.length
  while (end > 0 && text[end - 1] === '\n') end-- // not /\n*$/: quadratic on a long run of newlines
  return `${fence}${language}\n${text.slice(0, end)}\n${fence}`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const QUESTION_TEXT: Record<AnsweredQuestion['question'], TextKey> = {
  reportedEntraPasswordReset: 'playbook.refreshTokens.askPasswordChanged',
  expectsMacPasswordToFollowEntra: 'question.secureEnclave',
}

export function reportMarkdown(report: ReportJson, historyProblem?: string): string {
  const { state, language } = report
  const text = (key: TextKey, values?: TextValues) => t(language, key, values)
  // A ticket is read anywhere: times stay as captured (ISO 8601 UTC).
  const groups = factGroups(state, { language, formatTime: (iso) => iso, device: report.device })
  const findings = state.verdict.findings.length
    ? state.verdict.findings.flatMap((finding, index) => {
        const evidence = Object.entries(finding.evidence).map(
          ([key, value]) => `   - \`${key}\` = ${JSON.stringify(value)}`,
        )
        const guide = report.guides.find((g) => g.findingId === finding.id)?.guide ?? null
        return [
          `${index + 1}. **${finding.id}** (${finding.severity}): ${text(`finding.${finding.id}.user`)}`,
          `   - ${text('report.findingHelpdesk')}: ${text(`finding.${finding.id}.helpdesk`)}`,
          ...evidence,
          '',
          ...guideLines(guide, text),
        ]
      })
    : [text('report.noFindings'), '']
  const answers = report.answers.length
    ? report.answers.map(
        (answer) =>
          `- ${text('report.answer', {
            question: text(QUESTION_TEXT[answer.question]),
            answer: text(answer.answer ? 'helpdesk.value.yes' : 'helpdesk.value.no'),
            at: answer.at,
          })}`,
      )
    : [text('report.noAnswers')]
  const thisMac = groups.find((group) => group.id === 'thisMac')!
  const deviceRows = thisMac.facts.filter(
    (fact) => fact.technical.startsWith('device.') || fact.technical === 'psso.deviceId',
  )
  return [
    `# ${text('report.title', { app: report.app.name })}`,
    '',
    text('report.verdict', {
      verdict: text(`helpdesk.verdictSay.${state.verdict.status}`),
      status: state.verdict.status,
      capturedAt: state.capturedAt,
    }),
    '',
    text('report.supportCode', { code: report.supportCode }),
    '',
    `### ${text('report.supportCodeMeaning')}`,
    '',
    ...describeSupportCode(report.supportCodeFacts, language).map((line) => `- ${line}`),
    '',
    `## ${text('report.device')}`,
    '',
    ...(deviceRows.length
      ? deviceRows.map((fact) => `- ${fact.label} (\`${fact.technical}\`): ${fact.value}`)
      : [text('report.notAvailable')]),
    '',
    `## ${text('report.findings')}`,
    '',
    ...findings,
    `## ${text('report.answers')}`,
    '',
    ...answers,
    '',
    `## ${text('report.facts')}`,
    '',
    // The sign-in log's events have their own section below (the evidence group tells the same).
    ...groups
      .filter((group) => group.id !== 'evidence' && group.facts.length > 0)
      .flatMap((group) => [
        `### ${group.title}`,
        '',
        `| ${text('report.factColumn')} | ${text('report.valueColumn')} |`,
        '|---|---|',
        ...group.facts.map((fact) => `| ${cell(fact.label)} (\`${fact.technical}\`) | ${cell(fact.value)} |`),
        '',
      ]),
    `### ${text('helpdesk.allFacts')}`,
    '',
    `| ${text('report.factColumn')} | ${text('report.valueColumn')} |`,
    '|---|---|',
    ...Object.entries(state.probes).map(
      ([name, probe]) =>
        `| \`probes.${name}\` | ${cell(`${probe.status}${probe.detail ? `: ${probe.detail}` : ''}`)} |`,
    ),
    '',
    `## ${text('report.signInLog')}`,
    '',
    ...(report.state.signInLog.events.length
      ? signInLogTimeline(report.state, language).map((line) => `- ${line}`)
      : [text('report.signInLogNone', { status: report.state.probes.ssoExtensionLog.status })]),
    '',
    `## ${text('report.history')}`,
    '',
    ...(historyProblem
      ? [text('report.historyUnavailable', { reason: historyProblem })]
      : historyLines(report)),
    '',
    `## ${text('report.about')}`,
    '',
    `- ${text('report.aboutApp', { app: report.app.name, version: report.app.version, id: report.app.id, format: report.reportFormat })}`,
    `- ${text('report.generated', { at: report.generatedAt })}`,
    `- ${text('report.secrets', { identifiers: text(report.identifiersPseudonymized ? 'report.identifiersPseudonymized' : 'report.identifiersKept') })}`,
    '',
    `## ${text('report.raw', { command: 'app-sso platform -s' })}`,
    '',
    report.raw.appSso === null ? text('report.notAvailable') : fenced(report.raw.appSso, 'text'),
    '',
    `## ${text('report.raw', { command: 'profiles' })}`,
    '',
    report.raw.profiles === null ? text('report.notAvailable') : fenced(report.raw.profiles, 'xml'),
    '',
  ].join('\n')
}

/** A finding's guide as numbered steps, each with its helpdesk note. */
function guideLines(guide: GuideText | null, text: (key: TextKey, values?: TextValues) => string): string[] {
  if (!guide) return [`   ${text('report.noGuide')}`, '']
  return [
    `   ${
      guide.macOSMajor === null
        ? text('report.guideAnyMacOS', { title: guide.title })
        : text('report.guide', { title: guide.title, macOS: guide.macOSMajor })
    }:`,
    '',
    ...guide.steps.flatMap((step, index) => [
      `   ${index + 1}. ${step.text}`,
      ...(step.helpdesk ? [`      - ${text('report.findingHelpdesk')}: ${step.helpdesk}`] : []),
    ]),
    '',
  ]
}

/** The history as the helpdesk timeline tells it, in the report's language and UTC (a ticket is read anywhere). */
function historyLines(report: ReportJson): string[] {
  if (report.history.length === 0) return [t(report.language, 'report.noHistory')]
  const { headlines, entries } = summarizeHistory(report.history, {
    now: Date.parse(report.generatedAt),
    language: report.language,
    locale: report.language === 'ja' ? 'ja-JP' : 'en-GB',
    timeZone: 'UTC',
  })
  return [
    ...headlines.map((headline) => `- ${headline}`),
    '',
    ...entries.map(
      (entry) =>
        `- ${entry.at} ${entry.verdict}: ${entry.changes.join('; ')}${entry.findings.length ? ` (${entry.findings.join(', ')})` : ''}`,
    ),
  ]
}
