/**
 * The redacted report: Markdown for a ticket, JSON for tools. Both carry the verdict, the findings
 * with their evidence, the facts, the versions, the time of capture and the redacted raw outputs.
 * Kept identifiers appear as the redactor shows them (as-is, or pseudonymised when configured).
 */
import { FINDINGS } from '../../common/diagnosis/catalogue'
import { APP_ID, PRODUCT_NAME } from '../../common/identity'
import type { HistoryRecord } from '../../common/history/historyRecord'
import { signInLogTimeline, summarizeHistory } from '../../common/history/timeline'
import type { MacState } from '../../common/model/macState'
import { encodeSupportCode } from '../../common/supportCode/supportCode'
import type { RawCapture } from '../probe/readMacState'
import type { Redactor } from './redact'
import { redactCapture, type StoredCapture } from './storedCapture'

export const REPORT_FORMAT = 1
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
}

export interface ReportOptions {
  redactor: Redactor
}

export interface ReportJson {
  reportFormat: typeof REPORT_FORMAT
  app: { name: string; id: string; version: string }
  generatedAt: string
  capturedAt: string
  identifiersPseudonymized: boolean
  supportCode: string
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
  const output = (result: StoredCapture['appSso']) =>
    result.status === 'ok' || result.status === 'exitCode' ? result.stdout : null
  const json: ReportJson = {
    reportFormat: REPORT_FORMAT,
    app: { name: PRODUCT_NAME, id: APP_ID, version: input.appVersion },
    generatedAt: input.generatedAt,
    capturedAt: state.capturedAt,
    identifiersPseudonymized: redactor.pseudonymize,
    supportCode: encodeSupportCode(input.state),
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

const show = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined
    ? 'unknown'
    : value === true
      ? 'yes'
      : value === false
        ? 'no'
        : String(value)

/** A fence longer than any run of backticks in the text, so raw output cannot end it early. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  let end = text.length
  while (end > 0 && text[end - 1] === '\n') end-- // not /\n*$/: quadratic on a long run of newlines
  return `${fence}${language}\n${text.slice(0, end)}\n${fence}`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function reportMarkdown(report: ReportJson, historyProblem?: string): string {
  const { state } = report
  const { psso, os, companyPortal, profile } = state
  const facts: [string, string][] = [
    ['Captured at', state.capturedAt],
    ['macOS', `${show(os.version)}${os.build ? ` (${os.build})` : ''}`],
    ['Platform SSO readable', show(psso.readable)],
    ['Platform SSO configured', show(psso.configured)],
    ['Method', `${show(psso.method)}${psso.methodRaw ? ` (${psso.methodRaw})` : ''}`],
    ['Device registered', show(psso.deviceRegistered)],
    ['Entra device ID', show(psso.deviceId)],
    ['Tenant ID', show(psso.tenantId)],
    ['User registered', show(psso.user.registered)],
    ['User state', `${show(psso.user.stateName)}${psso.user.stateClass ? ` (${psso.user.stateClass})` : ''}`],
    ['UPN', show(psso.user.upn)],
    ['Last login', show(psso.user.lastLoginAt)],
    ['SSO tokens present', show(psso.tokens.present)],
    ['Tokens received', show(psso.tokens.receivedAt)],
    ['Tokens expire', `${show(psso.tokens.expiresAt)}${psso.tokens.expired ? ' (expired at capture)' : ''}`],
    [
      'Company Portal',
      `${show(companyPortal.installed)}${companyPortal.version ? `, ${companyPortal.version}` : ''}`,
    ],
    ['Company Portal new enough', show(companyPortal.meetsMinimum)],
    ['Profile method', show(profile.authenticationMethod)],
    ['SSO payloads', show(profile.ssoPayloadCount)],
    ['Platform SSO payloads', show(profile.platformSsoPayloadCount)],
    ['Kerberos SSO realms', profile.kerberosRealms?.length ? profile.kerberosRealms.join(', ') : 'none'],
    ['Kerberos realms (app-sso)', psso.user.kerberosRealms.join(', ') || 'none'],
    ['FileVault policy', show(psso.fileVaultPolicy)],
    ['Account excluded (NonPlatformSSOAccounts)', show(profile.currentAccountExcluded)],
    ['Last tokens in the sign-in log', show(state.signInLog.lastTokensAt)],
    ...Object.entries(state.probes).map(([name, probe]): [string, string] => [
      `Probe ${name}`,
      `${probe.status}${probe.detail ? `: ${probe.detail}` : ''}`,
    ]),
  ]
  const findings = state.verdict.findings.length
    ? state.verdict.findings.map((finding, index) => {
        const entry = FINDINGS[finding.id]
        const evidence = Object.entries(finding.evidence).map(
          ([key, value]) => `   - \`${key}\` = ${show(value)}`,
        )
        return [
          `${index + 1}. **${finding.id}** (${finding.severity}): ${entry.user.en}`,
          `   - Helpdesk: ${entry.helpdesk.en}`,
          ...evidence,
        ].join('\n')
      })
    : ['None.']
  return [
    `# ${report.app.name} report`,
    '',
    `**Verdict: ${state.verdict.status}**, captured ${state.capturedAt}.`,
    '',
    `Support code: \`${report.supportCode}\``,
    '',
    '## Findings',
    '',
    ...findings,
    '',
    '## Facts',
    '',
    '| Fact | Value |',
    '|---|---|',
    ...facts.map(([name, value]) => `| ${name} | ${cell(value)} |`),
    '',
    '## Sign-in log (SSO extension, AppSSO; redacted)',
    '',
    ...(report.state.signInLog.events.length
      ? signInLogTimeline(report.state, 'en').map((line) => `- ${line}`)
      : [`Nothing recognised (probe: ${report.state.probes.ssoExtensionLog.status}).`]),
    '',
    '## History',
    '',
    ...(historyProblem ? [`History not available: ${historyProblem}.`] : historyLines(report)),
    '',
    '## About this report',
    '',
    `- ${report.app.name} ${report.app.version} (${report.app.id}), report format ${report.reportFormat}`,
    `- Generated ${report.generatedAt}`,
    `- Secrets removed (keys, certificates, hashes, tokens, cookies, Kerberos cache names); identifiers ${report.identifiersPseudonymized ? 'pseudonymised' : 'kept'}`,
    '',
    '## app-sso platform -s (redacted)',
    '',
    report.raw.appSso === null ? 'Not available.' : fenced(report.raw.appSso, 'text'),
    '',
    '## profiles (redacted)',
    '',
    report.raw.profiles === null ? 'Not available.' : fenced(report.raw.profiles, 'xml'),
    '',
  ].join('\n')
}

/** The history as the helpdesk timeline tells it, in English and UTC (a ticket is read anywhere). */
function historyLines(report: ReportJson): string[] {
  if (report.history.length === 0) return ['No history recorded.']
  const { headlines, entries } = summarizeHistory(report.history, {
    now: Date.parse(report.generatedAt),
    language: 'en',
    locale: 'en-GB',
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
