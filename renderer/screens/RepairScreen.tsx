/**
 * Guided repair: one step at a time, its action button, its question, then the Mac's own
 * verification ("checking your Mac…") ending in success or in what is still missing. Everything
 * shown comes from main's session, so closing and reopening the window resumes here.
 */
import { useEffect, useRef, useState } from 'react'
import type { PlaybookSessionView } from '../bridge'
import { useLang, useT } from '../i18n/useT'
import { playbookCatalogue } from '../repair/catalogue'
import { readSession, type StepAction } from '../repair/session'
import { useRepairStore } from '../stores/repair'
import { useUiStore } from '../stores/ui'
import { actionLabel, performAction } from '../repair/actions'
import { HelpdeskContact } from '../components/HelpdeskContact'

export function RepairScreen({ session }: { session: PlaybookSessionView }) {
  const t = useT()
  const lang = useLang()
  const busy = useRepairStore((s) => s.busy)
  const error = useRepairStore((s) => s.error)
  const { stepCompleted, answerChosen, repairEnded, repairStarted } = useRepairStore.getState()
  const heading = useRef<HTMLHeadingElement>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const catalogue = playbookCatalogue()
  const view = readSession(session.view)
  const playbook = catalogue.playbook(session.playbookId)
  const { steps, afterwards } = catalogue.path(session.playbookId, view?.macOSMajor ?? null)
  const step = [...steps, ...afterwards].find((s) => s.id === view?.currentStepId)
  // The heading changes with each step and phase: move focus there so keyboard and screen-reader
  // users land on the new step, not on a button that no longer exists.
  const focusKey = `${session.phase}:${step?.id ?? ''}`
  useEffect(() => {
    heading.current?.focus()
  }, [focusKey])

  const title = playbook ? catalogue.text(playbook.title, lang) : t('repair.title')
  const cancel = (
    <button type="button" onClick={() => repairEnded()} disabled={busy}>
      {t('repair.cancel')}
    </button>
  )

  if (!view || !playbook) {
    return (
      <section className="screen repair-screen">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p role="alert">
          {t('repair.stepFailed', { message: `unreadable session for ${session.playbookId}` })}
        </p>
        <div className="actions">{cancel}</div>
      </section>
    )
  }

  if (session.phase === 'verifying') {
    return (
      <section className="screen repair-screen" aria-busy="true">
        <p className="eyebrow">{title}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t('repair.checking')}
        </h1>
        <div role="status" className="checking">
          <span className="spinner" aria-hidden="true" />
          <span>{t('repair.checkingDetail')}</span>
        </div>
        {step && <p>{catalogue.text(step.text, lang)}</p>}
        <div className="actions">{cancel}</div>
      </section>
    )
  }

  if (session.phase === 'fixed' || session.phase === 'notFixed') {
    const fixed = session.phase === 'fixed'
    return (
      <section className="screen repair-screen">
        <p className="eyebrow">{title}</p>
        <div role="status" className={`verdict verdict-${fixed ? 'healthy' : 'broken'}`}>
          <h1 ref={heading} tabIndex={-1}>
            {t(fixed ? 'repair.succeeded' : 'repair.notFixed')}
          </h1>
        </div>
        {fixed ? (
          afterwards.length > 0 ? (
            <ul className="afterwards">
              {afterwards.map((s) => (
                <li key={s.id}>{catalogue.text(s.text, lang)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('repair.succeededDetail')}</p>
          )
        ) : (
          <>
            <ul className="missing">
              {view.verification.missing.map((id) => (
                <li key={id}>{catalogue.evidenceText(id, lang)}</li>
              ))}
            </ul>
            <p>{t('repair.notFixedNext')}</p>
            <HelpdeskContact />
          </>
        )}
        <div className="actions">
          {!fixed && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => repairStarted(session.playbookId)}
            >
              {t('repair.tryAgain')}
            </button>
          )}
          <button type="button" className={fixed ? 'primary' : undefined} onClick={() => repairEnded()}>
            {t('repair.done')}
          </button>
        </div>
      </section>
    )
  }

  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === step?.id),
  )
  const total = steps.length
  const runAction = async (action: StepAction) => {
    setActionError(null)
    const result = await performAction(action, catalogue.settingsPaneUrl, useUiStore.getState().config)
    if (!result.ok) setActionError(result.message)
  }

  return (
    <section className="screen repair-screen">
      <p className="eyebrow">{title}</p>
      <p className="progress-text" id="repair-progress">
        {t('repair.progress', { current: index + 1, total })}
      </p>
      <progress max={total} value={index + 1} aria-labelledby="repair-progress" />
      <h1 ref={heading} tabIndex={-1}>
        {step ? catalogue.text(step.text, lang) : title}
      </h1>
      {step?.action && (
        <div className="actions">
          <button
            type="button"
            className={step.question ? undefined : 'secondary-action'}
            onClick={() => runAction(step.action!)}
          >
            {actionLabel(step.action, t)}
          </button>
        </div>
      )}
      {actionError && <p role="alert">{t('repair.actionFailed', { message: actionError })}</p>}
      {error && <p role="alert">{t('repair.stepFailed', { message: error.message })}</p>}
      {step?.question ? (
        <fieldset className="question">
          <legend>{catalogue.text(step.question.text, lang)}</legend>
          <div className="actions">
            {step.question.answers.map((answer) => (
              <button
                key={answer.id}
                type="button"
                disabled={busy}
                onClick={() => answerChosen(step.id, answer.id)}
              >
                {catalogue.text(answer.text, lang)}
              </button>
            ))}
          </div>
        </fieldset>
      ) : (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => stepCompleted()}>
            {t('repair.next')}
          </button>
        </div>
      )}
      <div className="actions footer-actions">{cancel}</div>
    </section>
  )
}
