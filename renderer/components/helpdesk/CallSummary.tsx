/**
 * The ten-second summary at the top of the helpdesk view: the verdict in words, what the user sees
 * on their screen right now, and what to say next (the current step of their repair, as sentences
 * the agent reads aloud, with the Mac's own labels).
 */
import { FINDINGS } from '../../../main/common/diagnosis/catalogue'
import type { PlaybookSessionView } from '../../../main/common/ipc/contract'
import type { MacState } from '../../../main/common/model/macState'
import { findStep, stageOpenedFromCurrent, stagePath } from '../../../main/common/repair/session'
import { PLAYBOOKS } from '../../../main/common/repair/index'
import { useLang, useT } from '../../i18n/useT'
import { playbookCatalogue } from '../../repair/playbooks'

export interface CallSummaryText {
  state: string
  userSees: string
  sayNext: string
}

/** The three sentences, from the state and the running repair (null: none). */
export function useCallSummary(state: MacState, session: PlaybookSessionView | null): CallSummaryText {
  const t = useT()
  const lang = useLang()
  const catalogue = playbookCatalogue
  const status = state.verdict.status
  const first = state.verdict.findings[0] ?? null
  const summary: CallSummaryText = {
    state: t(`helpdesk.verdictSay.${status}`),
    userSees: t('helpdesk.summary.statusScreen', { verdict: t(`verdict.${status}`) }),
    sayNext: '',
  }
  if (
    session &&
    (session.phase === 'step' ||
      session.phase === 'waiting' ||
      session.phase === 'verifying' ||
      session.phase === 'handedOff')
  ) {
    const playbook = PLAYBOOKS[session.playbookId as keyof typeof PLAYBOOKS]
    // Counted as the user sees it: the stages on their path, never branches not taken.
    const path = stagePath(session.view)
    const index = path.indexOf(session.view.currentStepId ?? '')
    const step = findStep(session.view)
    const title = playbook ? catalogue.text(playbook.title, lang) : session.playbookId
    const where = {
      title,
      number: index + 1,
      count: path.length,
      text: step ? catalogue.text(step.text, lang) : '',
    }
    // The stage macOS opens from this one (the Mac-password sheet) is on the user's screen too.
    const joined = session.phase === 'handedOff' ? null : stageOpenedFromCurrent(session.view)
    const alsoShown = joined
      ? ` ${t('helpdesk.summary.alsoShown', { number: index + 2, text: catalogue.text(joined.text, lang) })}`
      : ''
    if (session.phase === 'handedOff') {
      summary.userSees = t('helpdesk.summary.handedOff', where)
      summary.sayNext = first ? t(`finding.${first.id}.helpdesk`) : t('helpdesk.summary.sayNothing')
    } else if (session.phase === 'verifying' || session.phase === 'waiting') {
      summary.userSees = t('helpdesk.summary.verifying', where) + alsoShown
      summary.sayNext = t('helpdesk.summary.sayWait')
    } else {
      summary.userSees = t('helpdesk.summary.onStep', where) + alsoShown
      summary.sayNext = step
        ? catalogue.text(step.helpdesk ?? step.text, lang)
        : t(`helpdesk.verdictSay.${status}`)
    }
    return summary
  }
  if (status === 'unknown')
    summary.sayNext = t('helpdesk.summary.sayUnknown', { checkAgain: t('status.checkAgain') })
  else if (!first || status === 'healthy') summary.sayNext = t('helpdesk.summary.sayNothing')
  else {
    const playbookId = FINDINGS[first.id].playbook
    const start = playbookId
      ? ` ${t('helpdesk.summary.sayStart', { fix: t('status.fix'), title: catalogue.text(PLAYBOOKS[playbookId].title, lang) })}`
      : ''
    summary.sayNext = `${t(`finding.${first.id}.helpdesk`)}${start}`
  }
  return summary
}

export function CallSummary({
  state,
  session,
  code,
}: {
  state: MacState
  session: PlaybookSessionView | null
  code: string | null
}) {
  const t = useT()
  const summary = useCallSummary(state, session)
  return (
    <section className="call-summary" aria-labelledby="call-summary-heading">
      <h2 id="call-summary-heading">{t('helpdesk.summary.heading')}</h2>
      <dl className="call-summary-list">
        <div>
          <dt>{t('helpdesk.summary.state')}</dt>
          <dd data-verdict={state.verdict.status}>{summary.state}</dd>
        </div>
        <div>
          <dt>{t('helpdesk.summary.userSees')}</dt>
          <dd>{summary.userSees}</dd>
        </div>
        <div>
          <dt>{t('helpdesk.summary.sayNext')}</dt>
          <dd className="say-next">{summary.sayNext}</dd>
        </div>
        {code && (
          <div>
            <dt>{t('supportCode.label')}</dt>
            <dd>
              <code className="code">{code}</code>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
