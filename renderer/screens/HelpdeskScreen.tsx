/**
 * Helpdesk view, designed for a phone call: the ten-second summary first (state, what the user
 * sees, what to say next, the support code), one Copy for the whole redacted report, then "What the
 * Mac shows" grouped, the history, a decoder for codes heard on the phone, the diagnostics bundle,
 * and every raw fact folded under "All facts (technical)".
 */
import { useEffect, useState } from 'react'
import type { DeviceIdentity } from '../../main/common/model/deviceIdentity'
import type { OpenedBundle } from '../../main/common/model/openedBundle'
import { bridge } from '../bridge'
import { rawFacts } from '../facts'
import { useLang, useT } from '../i18n/useT'
import { selectActiveSession, useRepairStore } from '../stores/repair'
import { selectMacState, useStatusStore } from '../stores/status'
import { formatDateTime } from '../i18n'
import { CopyButton } from '../components/CopyButton'
import { FindingList } from '../components/helpdesk/FindingList'
import { FactList } from '../components/FactList'
import { HistoryTimeline } from '../components/helpdesk/HistoryTimeline'
import { useSupportCode } from '../components/SupportCode'
import { CallSummary } from '../components/helpdesk/CallSummary'
import { FactGroups } from '../components/helpdesk/FactGroups'
import { RepairSessionFacts } from '../components/helpdesk/RepairSessionFacts'
import { SupportCodeDecoder } from '../components/helpdesk/SupportCodeDecoder'
import type { IpcError } from '../bridge'
import '../components/helpdesk/helpdesk.css'

export function HelpdeskScreen() {
  const t = useT()
  const lang = useLang()
  const live = useStatusStore(selectMacState)
  const session = useRepairStore(selectActiveSession)
  const liveCode = useSupportCode()
  const [opened, setOpened] = useState<{ state: OpenedBundle; path: string } | null>(null)
  const [report, setReport] = useState<string | null>(null)
  const [device, setDevice] = useState<DeviceIdentity | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const state = opened?.state ?? live

  useEffect(() => {
    let current = true
    bridge.getReportText({ language: lang }).then((result) => {
      if (current) setReport(result.ok ? result.data.text : null)
    })
    return () => {
      current = false
    }
  }, [live?.capturedAt, lang, session?.phase, session?.view.currentStepId])

  useEffect(() => {
    let current = true
    bridge.getDeviceIdentity().then((result) => {
      if (current) setDevice(result.ok ? result.data : null)
    })
    return () => {
      current = false
    }
  }, [])

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

  const code = opened ? opened.state.capture.supportCode : liveCode
  return (
    <section className="screen helpdesk-screen">
      <h1 tabIndex={-1}>{t('helpdesk.title')}</h1>
      <p className="secondary-text">{t('helpdesk.intro')}</p>
      {state && <CallSummary state={state} session={opened ? null : session} code={code} />}
      <div className="actions">
        {report && !opened && <CopyButton text={report} label={t('helpdesk.copyReport')} />}
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
      {state && (
        <>
          <h2>{t('helpdesk.findings')}</h2>
          <FindingList
            findings={state.verdict.findings.map(({ id, severity }) => ({
              id,
              severity,
              user: t(`finding.${id}.user`),
              helpdesk: t(`finding.${id}.helpdesk`),
            }))}
            showSeverity
          />
          <h2>{t('helpdesk.whatTheMacShows')}</h2>
          <FactGroups
            state={state}
            device={opened ? opened.state.capture.device : device}
            showConfiguration={!opened}
          />
          {/* This Mac's history; an opened bundle's state is another Mac's. */}
          {!opened && (
            <>
              <h2>{t('helpdesk.history')}</h2>
              <HistoryTimeline capturedAt={live?.capturedAt} />
            </>
          )}
        </>
      )}
      <SupportCodeDecoder />
      {state && (
        <details className="all-facts">
          <summary>{t('helpdesk.allFacts')}</summary>
          {!opened && <RepairSessionFacts />}
          <FactList rows={rawFacts(state)} />
        </details>
      )}
      {report && !opened && (
        <details className="all-facts">
          <summary>{t('helpdesk.report')}</summary>
          {/* A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <pre className="raw" tabIndex={0} role="region" aria-label={t('helpdesk.report')}>
            {report}
          </pre>
        </details>
      )}
    </section>
  )
}
