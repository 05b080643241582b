/**
 * Guided repair as a few stages, one per place where the user acts: a short checklist, a picture
 * of that place, and the stage's one default button. While a stage waits for something the Mac
 * can see, main re-probes and moves on by itself; "I've done this" is only a fallback. Everything
 * shown comes from main's session, so closing and reopening the window resumes here.
 *
 * The measured journey reads two marks: `data-default-action` on the default button and
 * `data-repair-state` (in-app | waiting-for-mac | fixed | not-fixed) on the screen.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PlaybookSessionView } from '../bridge'
import { HelpdeskContact } from '../components/HelpdeskContact'
import { currentSupportCode } from '../components/SupportCode'
import { StageBody } from '../components/repair/StageBody'
import { useLang, useT } from '../i18n/useT'
import { actionLabel, performAction } from '../repair/actions'
import { CANCEL_ACTION, DEFAULT_ACTION } from '../repair/defaultAction'
import { playbookCatalogue } from '../repair/playbooks'
import type { StepAction } from '../repair/session'
import { useRepairStore } from '../stores/repair'
import { useUiStore } from '../stores/ui'
import {
  findStep,
  helpDue,
  stageOpenedFromCurrent,
  stagePath,
  visibleItems,
} from '../../main/common/repair/session'
import { isInSystemSettings } from '../../main/common/repair/types'
import '../repair/repair.css'

export type RepairState = 'in-app' | 'waiting-for-mac' | 'fixed' | 'not-fixed'

export function RepairScreen({ session }: { session: PlaybookSessionView }) {
  const t = useT()
  const lang = useLang()
  const busy = useRepairStore((s) => s.busy)
  const error = useRepairStore((s) => s.error)
  const repair = useRepairStore.getState()
  const heading = useRef<HTMLHeadingElement>(null)
  const done = useRef<HTMLButtonElement>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  // The stage whose action the user pressed: from then on the stage waits for the Mac.
  const [pressed, setPressed] = useState<string | null>(null)

  const { view, phase } = session
  const catalogue = playbookCatalogue
  const text = (key: string) => catalogue.text(key, lang)
  const playbook = catalogue.playbook(session.playbookId)
  const step = findStep(view)
  const fixed = phase === 'fixed'
  const notFixed = phase === 'notFixed'
  const ended = phase === 'handedOff' || phase === 'explained' || phase === 'cancelled'
  const place = step?.place ?? 'app'
  const waitingForMac =
    !fixed && !notFixed && !ended && place !== 'app' && (!step?.action || pressed === step.id)
  const repairState: RepairState | undefined = fixed
    ? 'fixed'
    : notFixed
      ? 'not-fixed'
      : ended
        ? undefined
        : waitingForMac
          ? 'waiting-for-mac'
          : 'in-app'

  // Each new stage moves the focus to its heading; the fixed screen's text is announced by the
  // live region, so the focus goes to Done there (the heading is not read twice).
  const focusKey = `${phase === 'verifying' || phase === 'waiting' ? 'step' : phase}:${step?.id ?? ''}`
  // A layout effect: the focus is in place before the new stage is painted (and read).
  useLayoutEffect(() => {
    if (fixed) done.current?.focus()
    else heading.current?.focus()
  }, [focusKey, fixed])
  // The compact guide is for the time beside System Settings: back to full size once it is over
  // (asked once when the repair ends, not again on every render after).
  const over = fixed || notFixed || ended
  useEffect(() => {
    if (over) void useRepairStore.getState().guideModeRequested('full')
  }, [over])

  const stop = useCallback(() => void useRepairStore.getState().repairEnded(), [])

  const title = playbook ? text(playbook.title) : t('repair.title')
  const runAction = async (action: StepAction) => {
    setActionError(null)
    const code = currentSupportCode()
    const result = await performAction(action, catalogue.settingsPaneUrl, useUiStore.getState().config, code)
    if (!result.ok) return setActionError(result.message)
    if (!step) return
    setPressed(step.id)
    if (action.kind === 'openSettings') void repair.guideModeRequested('compact')
    if (step.advanceOnAction) await repair.stepCompleted()
    // The user went to act: the Mac is watched again at once (a new round if the bound had passed).
    else void repair.checkNowRequested()
  }
  const button = (
    label: string,
    onClick: () => void,
    options: { isDefault?: boolean; isCancel?: boolean } = {},
  ) => (
    <button
      type="button"
      className={options.isDefault ? 'primary' : undefined}
      disabled={busy}
      onClick={onClick}
      {...(options.isDefault ? DEFAULT_ACTION : {})}
      {...(options.isCancel ? CANCEL_ACTION : {})}
    >
      {label}
    </button>
  )
  const h1 = (content: string, id?: string) => (
    <h1 ref={heading} tabIndex={-1} id={id}>
      {content}
    </h1>
  )

  const path = ended || fixed ? [] : stagePath(view)
  const index = Math.max(0, path.indexOf(step?.id ?? ''))
  const canGoBack = view.shownStepIds.length > 1 && !notFixed
  const items = (list: Parameters<typeof visibleItems>[0]) =>
    visibleItems(list, view.macOSMajor, view.fileVaultTakesNewPassword ?? null)
  const placeName = t(`repair.place.${place}`)
  // The Mac cannot tell this stage from the next one (Repair opens the password sheet): both show.
  const joined = over ? null : stageOpenedFromCurrent(view)
  // "After a while" without progress, help; never a failure while the stage waits for the user.
  const help =
    phase === 'waiting' || (phase === 'verifying' && helpDue(view.verification)) ? (step?.help ?? null) : null

  // What the live region says: present from the first stage on, so its changes are announced.
  const watching = fixed ? null : phase === 'verifying' || waitingForMac ? t('repair.waitingForMac') : null

  return (
    <section
      className="screen repair-screen"
      data-repair-state={repairState}
      aria-busy={phase === 'verifying'}
    >
      <p className="eyebrow">{title}</p>
      {!fixed && !ended && path.length > 0 && (
        <div className="stage-progress">
          <p className="progress-text" id="repair-progress">
            {t('repair.stageProgress', { current: index + 1, total: path.length })}
          </p>
          <progress max={path.length} value={index + 1} aria-labelledby="repair-progress" />
        </div>
      )}
      {notFixed && (
        <>
          {h1(t('repair.notFixedTitle'))}
          <p>{t('repair.notFixedShows')}</p>
          <ul className="missing">
            {view.verification.missing.map((id) => (
              <li key={id}>{text(`evidenceMissing.${id}`)}</li>
            ))}
          </ul>
        </>
      )}
      {!notFixed && !fixed && (
        <>
          {h1(
            ended
              ? phase === 'handedOff'
                ? t('status.contactHelpdesk')
                : title
              : step
                ? text(step.text)
                : title,
            step?.question ? 'stage-question' : undefined,
          )}
          {/* What happened, in one sentence, before the first stage only. */}
          {playbook && !ended && view.shownStepIds.length <= 1 && (
            <p className="stage-summary">{text(playbook.summary)}</p>
          )}
          {step && <StageBody step={step} view={view} />}
          {joined && (
            <section className="stage-joined" aria-labelledby="stage-joined-heading">
              <p className="progress-text">
                {t('repair.stageProgress', { current: index + 2, total: path.length })}
              </p>
              <h2 id="stage-joined-heading">{text(joined.text)}</h2>
              <StageBody step={joined} view={view} />
            </section>
          )}
        </>
      )}
      <div role="status" className={fixed ? 'repair-live repair-fixed' : 'repair-live'}>
        {watching && (
          <p className="stage-watch">
            {phase === 'verifying' && <span className="spinner" aria-hidden="true" />}
            {watching}
          </p>
        )}
        {fixed && (
          <>
            <h1 ref={heading} tabIndex={-1}>
              {t('repair.succeeded')}
            </h1>
            {step ? (
              <>
                <h2>{text(step.text)}</h2>
                <ul className="after-care">
                  {items(step.checklist).map((key) => (
                    <li key={key}>{text(key)}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('repair.succeededDetail')}</p>
            )}
          </>
        )}
      </div>
      {help && (
        <p className="stage-help">
          {t('repair.waitingForYou', { place: placeName })} {text(help)}
        </p>
      )}
      {actionError && <p role="alert">{t('repair.actionFailed', { message: actionError })}</p>}
      {error && <p role="alert">{t('repair.stepFailed', { message: error.message })}</p>}
      {(notFixed || phase === 'handedOff') && <HelpdeskContact />}
      {step?.question && !fixed && !notFixed && !ended && (
        <div role="group" aria-labelledby="stage-question" className="question actions stage-answers">
          {step.question.answers.map((answer, i) =>
            button(text(answer.text), () => void repair.answerChosen(step.id, answer.id), {
              isDefault: i === 0,
            }),
          )}
        </div>
      )}
      <div className="actions stage-actions">
        <div className="stage-actions-secondary">
          {canGoBack && !fixed && !ended && button(t('repair.back'), () => void repair.stepWentBack())}
          {!fixed && !ended && button(t('repair.cancel'), stop, { isCancel: true })}
        </div>
        <div className="stage-actions-primary">
          {fixed || ended ? (
            <button
              type="button"
              className="primary"
              ref={done}
              disabled={busy}
              onClick={stop}
              {...DEFAULT_ACTION}
            >
              {t('repair.done')}
            </button>
          ) : notFixed ? (
            <>
              {button(t('repair.tryAgain'), () => void repair.retryRequested())}
              {button(t('repair.checkAgain'), () => void repair.checkNowRequested(), { isDefault: true })}
            </>
          ) : step?.question ? null : step?.action && place === 'app' ? (
            <>
              {/* An in-app stage's action is a help (open a pane); the stage itself is read and done. */}
              {button(actionLabel(step.action, t), () => void runAction(step.action!))}
              {button(t('repair.next'), () => void repair.stepCompleted(), { isDefault: true })}
            </>
          ) : step?.action && !waitingForMac ? (
            button(actionLabel(step.action, t), () => void runAction(step.action!), { isDefault: true })
          ) : waitingForMac ? (
            <>
              {/* The fallback where the Mac cannot tell; never on the stage that awaits the proof. */}
              {step?.advanceWhen && button(t('repair.doneThis'), () => void repair.stepCompleted())}
              {button(t('repair.checkAgain'), () => void repair.checkNowRequested(), { isDefault: true })}
            </>
          ) : (
            button(t('repair.next'), () => void repair.stepCompleted(), { isDefault: true })
          )}
        </div>
      </div>
      {waitingForMac && isInSystemSettings(place) && (
        <p className="compact-only">
          <button type="button" className="link" onClick={() => void repair.guideModeRequested('full')}>
            {t('repair.showFull')}
          </button>
        </p>
      )}
    </section>
  )
}
