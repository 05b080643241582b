/**
 * Guided repair: one step at a time, its action button, its question, then the Mac's own
 * verification ("checking your Mac…"), ending in success or in what is still missing. Everything
 * shown comes from main's session, so closing and reopening the window resumes here.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import type { PlaybookSessionView } from '../bridge'
import { HelpdeskContact } from '../components/HelpdeskContact'
import { useLang, useT } from '../i18n/useT'
import { actionLabel, performAction } from '../repair/actions'
import { playbookCatalogue } from '../repair/playbooks'
import type { StepAction } from '../repair/session'
import { useRepairStore } from '../stores/repair'
import { useStatusStore } from '../stores/status'
import { useUiStore } from '../stores/ui'
import { repairPositionOf } from '../../main/common/supportCode/repairPosition'
import { encodeSupportCode } from '../../main/common/supportCode/supportCode'

export function RepairScreen({ session }: { session: PlaybookSessionView }) {
  const t = useT()
  const lang = useLang()
  const busy = useRepairStore((s) => s.busy)
  const error = useRepairStore((s) => s.error)
  const repair = useRepairStore.getState()
  const heading = useRef<HTMLHeadingElement>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const { view, phase } = session
  const catalogue = playbookCatalogue
  const playbook = catalogue.playbook(session.playbookId)
  const { steps, afterwards } = catalogue.path(
    session.playbookId,
    view.macOSMajor,
    view.fileVaultTakesNewPassword,
  )
  const step = [...steps, ...afterwards].find((s) => s.id === view.currentStepId)
  const gaveUp = phase === 'notFixed'
  // Each new step or phase moves the focus to its heading, so keyboard and screen-reader users
  // land on the new step, not on a button that no longer exists.
  const focusKey = `${phase}:${step?.id ?? ''}`
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [focusKey])

  const title = playbook ? catalogue.text(playbook.title, lang) : t('repair.title')
  const runAction = async (action: StepAction) => {
    setActionError(null)
    const state = useStatusStore.getState().snapshot?.state
    const code = state ? encodeSupportCode(state, repairPositionOf(session)) : null
    const result = await performAction(action, catalogue.settingsPaneUrl, useUiStore.getState().config, code)
    if (!result.ok) setActionError(result.message)
  }
  const button = (label: string, onClick: () => void, primary = false) => (
    <button type="button" className={primary ? 'primary' : undefined} disabled={busy} onClick={onClick}>
      {label}
    </button>
  )
  const h1 = (text: string) => (
    <h1 ref={heading} tabIndex={-1}>
      {text}
    </h1>
  )
  const errors = (
    <>
      {actionError && <p role="alert">{t('repair.actionFailed', { message: actionError })}</p>}
      {error && <p role="alert">{t('repair.stepFailed', { message: error.message })}</p>}
    </>
  )
  const missing = (
    <ul className="missing">
      {view.verification.missing.map((id) => (
        <li key={id}>{catalogue.evidenceText(id, lang)}</li>
      ))}
    </ul>
  )

  // The end: fixed (with what to expect from now on), handed to the helpdesk, or explained.
  if (phase !== 'step' && phase !== 'verifying' && phase !== 'notFixed') {
    const fixed = phase === 'fixed'
    return (
      <section className="screen repair-screen">
        <p className="eyebrow">{title}</p>
        <div role="status" className={fixed ? 'verdict verdict-healthy' : 'verdict'}>
          {h1(fixed ? t('repair.succeeded') : phase === 'handedOff' ? t('status.contactHelpdesk') : title)}
        </div>
        {fixed && !step && <p>{t('repair.succeededDetail')}</p>}
        {step && <p>{catalogue.text(step.text, lang)}</p>}
        {phase === 'handedOff' && <HelpdeskContact />}
        {errors}
        <div className="actions">
          {step
            ? button(t('repair.next'), () => repair.stepCompleted(), true)
            : button(t('repair.done'), () => repair.repairEnded(), true)}
        </div>
      </section>
    )
  }

  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === step?.id),
  )
  const canGoBack = view.shownStepIds.length > 1

  return (
    <section className="screen repair-screen" aria-busy={phase === 'verifying'}>
      <p className="eyebrow">{title}</p>
      <p className="progress-text" id="repair-progress">
        {t('repair.progress', { current: index + 1, total: steps.length })}
      </p>
      <progress max={steps.length} value={index + 1} aria-labelledby="repair-progress" />
      {gaveUp ? (
        <>
          {h1(t('repair.notFixed'))}
          {missing}
          <p>{t('repair.notFixedNext')}</p>
          <HelpdeskContact />
          {step && <p>{catalogue.text(step.text, lang)}</p>}
        </>
      ) : (
        <>
          {/* What happened, in one sentence, before the first step only. */}
          {playbook && view.shownStepIds.length <= 1 && <p>{catalogue.text(playbook.summary, lang)}</p>}
          {h1(step ? catalogue.text(step.text, lang) : title)}
        </>
      )}
      {phase === 'verifying' && (
        <div role="status" className="checking">
          <span className="spinner" aria-hidden="true" />
          <span>
            <strong>{t('repair.checking')}</strong> {t('repair.checkingDetail')}
          </span>
        </div>
      )}
      {step?.action && (
        <div className="actions">
          <button type="button" onClick={() => runAction(step.action!)}>
            {actionLabel(step.action, t)}
          </button>
        </div>
      )}
      {errors}
      {step?.question ? (
        <fieldset className="question">
          <legend>{catalogue.text(step.question.text, lang)}</legend>
          <div className="actions">
            {step.question.answers.map((answer) =>
              button(catalogue.text(answer.text, lang), () => repair.answerChosen(step.id, answer.id)),
            )}
          </div>
        </fieldset>
      ) : (
        <div className="actions">
          {phase === 'verifying' && button(t('repair.checkNow'), () => repair.checkNowRequested())}
          {button(t('repair.next'), () => repair.stepCompleted(), phase === 'step')}
        </div>
      )}
      <div className="actions footer-actions">
        {canGoBack && button(t('repair.back'), () => repair.stepWentBack())}
        {gaveUp && button(t('status.contactHelpdesk'), () => repair.helpdeskRequested())}
        {button(t('repair.cancel'), () => repair.repairEnded())}
      </div>
    </section>
  )
}
