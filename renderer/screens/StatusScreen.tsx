/**
 * Status: one sentence with its icon, what it means, the buttons at the bottom right (the repair
 * the default, or the question where its answer decides the guide), then the support code and the
 * details folded below.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import { openQuestions } from '../../main/common/diagnosis/questions'
import type { PssoMethod } from '../../main/common/model/macState'
import { useLang, useT } from '../i18n/useT'
import { playbookCatalogue } from '../repair/playbooks'
import { userFacts } from '../facts'
import { formatTime } from '../i18n'
import { useRepairStore } from '../stores/repair'
import {
  selectChecking,
  selectCheckedAt,
  selectAnswers,
  selectMacState,
  selectProbeError,
  useStatusStore,
} from '../stores/status'
import { VerdictIcon } from '../components/VerdictIcon'
import { FactList } from '../components/FactList'
import { StatusQuestion } from '../components/StatusQuestion'
import { SignInLogConsent } from '../components/SignInLogConsent'
import { SupportCode } from '../components/SupportCode'
import { ButtonRow } from '../components/ButtonRow'
import { DEFAULT_ACTION } from '../repair/defaultAction'

const PASSWORD_PLAYBOOKS: Partial<Record<PssoMethod, string>> = {
  password: 'password-reset',
  secureEnclaveKey: 'secure-enclave-password',
}

export function StatusScreen() {
  const t = useT()
  const lang = useLang()
  const state = useStatusStore(selectMacState)
  const checking = useStatusStore(selectChecking)
  const checkedAt = useStatusStore(selectCheckedAt)
  const error = useStatusStore(selectProbeError)
  const recheckRequested = useStatusStore((s) => s.recheckRequested)
  const repairStarted = useRepairStore((s) => s.repairStarted)
  const busy = useRepairStore((s) => s.busy)
  const repairError = useRepairStore((s) => s.error)
  const answers = useStatusStore(selectAnswers)
  const screen = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Back from a repair (Done) the focus would be lost with the repair screen: the heading takes it.
  useLayoutEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus()
  }, [])
  // An answered question disappears: focus moves on to what to do next (Fix it), once it is shown.
  const [answered, setAnswered] = useState(0)
  useLayoutEffect(() => {
    if (answered) screen.current?.querySelector<HTMLElement>('[data-default-action]')?.focus()
  }, [answered])

  if (!state) {
    return (
      <section className="screen status-screen" aria-busy={!error}>
        <div role="status" className="verdict">
          <h1 tabIndex={-1}>{error ? t('verdict.unknown') : t('app.loading')}</h1>
        </div>
        {error && <p className="meaning">{t('status.readFailed', { message: error.message })}</p>}
      </section>
    )
  }

  const status = state.verdict.status
  const catalogue = playbookCatalogue
  const first = state.verdict.findings[0]
  const playbookId = first ? catalogue.playbookForFinding(first.id) : null
  const explanation = first ? catalogue.findingText(first.id, 'user', lang) : null
  // "IT reset my password" is the user's own knowledge, not a fact the Mac shows: it leads to the
  // playbook for this Mac's method (re-register, or: the Mac password stays).
  const passwordPlaybook = PASSWORD_PLAYBOOKS[state.psso.method ?? 'none'] ?? null
  // Where the answer changes the diagnosis, ask instead of the link: main diagnoses the same read
  // again and the verdict says why (main/common/diagnosis/questions.ts).
  const open = answers ? (openQuestions(state, answers)[0] ?? null) : null
  // A guide that asks the question in its first stage is started at once: it is not asked twice.
  const guideAsks = !!playbookId && catalogue.playbook(playbookId)?.steps[0]?.question?.asks === open
  const question = guideAsks ? null : open
  // An open password question decides which guide applies: it is the primary action, and "Yes"
  // starts the password guide at once (no "Fix it" above an unanswered question).
  const questionDecides = question === 'reportedEntraPasswordReset'
  const onAnswered = (yes: boolean) => {
    if (yes && questionDecides && passwordPlaybook)
      return void repairStarted(passwordPlaybook, 'password-changed-in-entra')
    setAnswered((n) => n + 1)
  }

  return (
    <section className="screen status-screen" ref={screen}>
      <div className="group status-card">
        <div role="status" className={`verdict verdict-${status}`}>
          <VerdictIcon status={status} />
          <h1 ref={heading} tabIndex={-1}>
            {t(`verdict.${status}`)}
          </h1>
        </div>
        <p className="meaning">{explanation ?? t(`meaning.${status}`)}</p>
        {question && <StatusQuestion question={question} onAnswered={onAnswered} />}
        {/* A reset in Entra reaches the Mac only at its next token refresh (up to 4 hours): with the
            Password method this is offered always, also when the Mac looks healthy. */}
        {!question && passwordPlaybook && passwordPlaybook !== playbookId && (
          <p>
            <button
              type="button"
              className="link"
              disabled={busy}
              onClick={() => repairStarted(passwordPlaybook, null)}
            >
              {t('status.passwordChanged')}
            </button>
          </p>
        )}
        <ButtonRow>
          <button
            type="button"
            disabled={checking}
            onClick={() => recheckRequested()}
            {...(!playbookId && !questionDecides ? DEFAULT_ACTION : {})}
          >
            {checking ? t('status.checking') : t('status.checkAgain')}
          </button>
          {playbookId && !questionDecides ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => repairStarted(playbookId, first?.id ?? null)}
              {...DEFAULT_ACTION}
            >
              {t('status.fix')}
            </button>
          ) : null}
        </ButtonRow>
      </div>
      <SignInLogConsent />
      {repairError && <p role="alert">{t('repair.stepFailed', { message: repairError.message })}</p>}
      {checkedAt && (
        <p className="secondary-text">{t('status.checkedAt', { time: formatTime(checkedAt, lang) })}</p>
      )}
      {status !== 'healthy' && <SupportCode />}
      <details className="details">
        <summary>{t('status.details')}</summary>
        {/* Relative to the capture's own time, as expiry is judged: true for that state, on any clock. */}
        <FactList rows={userFacts(state, new Date(state.capturedAt), lang)} />
      </details>
    </section>
  )
}
