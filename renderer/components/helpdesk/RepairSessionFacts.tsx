/**
 * The running repair as a technician reads it (under "All facts (technical)"): the playbook and step
 * ids, the step's helpdesk note, the steps shown and the verification's progress.
 */
import { findStep } from '../../../main/common/repair/session'
import { useLang, useT } from '../../i18n/useT'
import { playbookCatalogue } from '../../repair/playbooks'
import { selectActiveSession, useRepairStore } from '../../stores/repair'

/** The repair the user is in, technically: ids, the step's technical reason, the checks. */
export function RepairSessionFacts() {
  const t = useT()
  const lang = useLang()
  const session = useRepairStore(selectActiveSession)
  if (!session) return null
  const { view } = session
  const catalogue = playbookCatalogue
  const step = findStep(view)
  return (
    <>
      <h3>{t('helpdesk.sessionTitle')}</h3>
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
