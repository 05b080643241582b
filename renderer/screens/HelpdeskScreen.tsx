/**
 * Helpdesk view: every fact with its raw value, the findings with their technical reasons, the
 * redacted report, a support-code decoder and the diagnostics bundle, all through
 * the contract.
 */
import { useEffect, useId, useState } from 'react'
import type { MacState } from '../../main/common/model/macState'
import { bridge, type DecodedSupportCode } from '../bridge'
import { rawFacts, rowsAsText } from '../facts'
import { useLang, useT } from '../i18n/useT'
import { playbookCatalogue } from '../repair/playbooks'
import { selectActiveSession, useRepairStore } from '../stores/repair'
import { selectMacState, useStatusStore } from '../stores/status'
import { formatDateTime } from '../i18n'
import { CopyButton } from '../components/CopyButton'
import { FactList } from '../components/FactList'
import { ConfigurationFacts } from '../components/ConfigurationFacts'
import { HistoryTimeline } from '../components/HistoryTimeline'
import { SupportCode } from '../components/SupportCode'
import type { IpcError } from '../bridge'

export function HelpdeskScreen() {
  const t = useT()
  const lang = useLang()
  const live = useStatusStore(selectMacState)
  const [opened, setOpened] = useState<{ state: MacState; path: string } | null>(null)
  const [report, setReport] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const state = opened?.state ?? live

  useEffect(() => {
    let current = true
    bridge.getReportText().then((result) => {
      if (current) setReport(result.ok ? result.data.text : null)
    })
    return () => {
      current = false
    }
  }, [live?.capturedAt])

  const errorText = (error: IpcError) =>
    error.code === 'notAvailable'
      ? t('helpdesk.notAvailable')
      : error.code === 'cancelled'
        ? null
        : error.message
  const save = async () => {
    const result = await bridge.saveDiagnosticsBundle()
    setNotice(result.ok ? t('helpdesk.savedTo', { path: result.data.path }) : errorText(result.error))
  }
  const open = async () => {
    const result = await bridge.openDiagnosticsBundle()
    if (result.ok) setOpened(result.data)
    setNotice(
      result.ok
        ? t('helpdesk.openedCapture', {
            path: result.data.path,
            time: formatDateTime(result.data.state.capturedAt, lang),
          })
        : errorText(result.error),
    )
  }

  const facts = state ? rawFacts(state) : []
  return (
    <section className="screen helpdesk-screen">
      <h1 tabIndex={-1}>{t('helpdesk.title')}</h1>
      <p className="secondary-text">{t('helpdesk.intro')}</p>
      {!opened && <SupportCode />}
      <div className="actions">
        <button type="button" onClick={save}>
          {t('helpdesk.saveDiagnostics')}
        </button>
        <button type="button" onClick={open}>
          {t('helpdesk.openDiagnostics')}
        </button>
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <SupportCodeField />
      {!opened && <RepairSessionFacts />}
      {state && (
        <>
          <h2>{t('helpdesk.verdict')}</h2>
          <p>
            <code>{state.verdict.status}</code> · {state.capturedAt}
          </p>
          <h2>{t('helpdesk.findings')}</h2>
          <FindingList findings={state.verdict.findings} />
          {/* This Mac's history; an opened bundle's state is another Mac's. */}
          {!opened && (
            <>
              <h2>{t('helpdesk.history')}</h2>
              <HistoryTimeline refreshKey={live?.capturedAt} />
              <ConfigurationFacts />
            </>
          )}
          <div className="section-heading">
            <h2>{t('helpdesk.facts')}</h2>
            <CopyButton text={rowsAsText(facts)} name={t('helpdesk.copyAll')} />
          </div>
          <FactList rows={facts} copyable />
        </>
      )}
      <div className="section-heading">
        <h2>{t('helpdesk.report')}</h2>
        {report && <CopyButton text={report} name={t('helpdesk.report')} />}
      </div>
      {report ? (
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <pre className="raw" tabIndex={0} role="region" aria-label={t('helpdesk.report')}>
          {report}
        </pre>
      ) : (
        <p className="secondary-text">{t('helpdesk.rawUnavailable')}</p>
      )}
    </section>
  )
}

/** The repair the user is in, as the helpdesk needs it: ids, the step's technical reason, the checks. */
function RepairSessionFacts() {
  const t = useT()
  const lang = useLang()
  const session = useRepairStore(selectActiveSession)
  if (!session) return null
  const { view } = session
  const catalogue = playbookCatalogue
  const step = catalogue.playbook(session.playbookId)?.steps.find((s) => s.id === view.currentStepId)
  return (
    <>
      <h2>{t('helpdesk.sessionTitle')}</h2>
      <p>
        <code>{session.playbookId}</code> · <code>{view.currentStepId ?? '—'}</code> ·{' '}
        <code>{session.phase}</code>
      </p>
      {step?.helpdesk && <p>{catalogue.text(step.helpdesk, lang)}</p>}
      <p className="evidence">{t('helpdesk.stepsShown', { steps: view.shownStepIds.join(' → ') })}</p>
      <p className="evidence">
        {t('helpdesk.sessionVerification', {
          status: view.verification.status,
          attempts: view.verification.attempts,
          max: view.verification.maxAttempts,
          missing: view.verification.missing.join(', ') || '—',
        })}
      </p>
    </>
  )
}

function FindingList({ findings }: { findings: MacState['verdict']['findings'] }) {
  const t = useT()
  const lang = useLang()
  if (findings.length === 0) return <p>{t('helpdesk.noFindings')}</p>
  const catalogue = playbookCatalogue
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <code>{finding.id}</code> <span className="severity">({finding.severity})</span>
          {catalogue.findingText(finding.id, 'helpdesk', lang) && (
            <p>{catalogue.findingText(finding.id, 'helpdesk', lang)}</p>
          )}
          <p className="evidence">
            {Object.entries(finding.evidence)
              .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
              .join(', ')}
          </p>
        </li>
      ))}
    </ul>
  )
}

function SupportCodeField() {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const [code, setCode] = useState('')
  const [decoded, setDecoded] = useState<DecodedSupportCode | null>(null)
  const [error, setError] = useState<string | null>(null)
  const decode = async (event: React.FormEvent) => {
    event.preventDefault()
    const result = await bridge.decodeSupportCode({ code: code.trim() })
    setDecoded(result.ok ? result.data : null)
    setError(
      result.ok
        ? null
        : result.error.code === 'notAvailable'
          ? t('helpdesk.notAvailable')
          : t('helpdesk.decodeFailed', { message: result.error.message }),
    )
  }
  const catalogue = playbookCatalogue
  return (
    <form className="support-code" onSubmit={decode}>
      <label htmlFor={id}>{t('helpdesk.supportCode')}</label>
      <div className="inline">
        <input
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX"
        />
        <button type="submit" disabled={!code.trim()}>
          {t('helpdesk.decode')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {decoded && (
        <div role="status">
          <ul className="findings">
            {decoded.findingIds.map((findingId) => (
              <li key={findingId}>
                <code>{findingId}</code> {catalogue.findingText(findingId, 'helpdesk', lang)}
              </li>
            ))}
          </ul>
          <dl className="facts">
            {Object.entries(decoded.details).map(([key, value]) => (
              <div className="fact" key={key}>
                <dt>{key}</dt>
                <dd>{JSON.stringify(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </form>
  )
}
