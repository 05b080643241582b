/**
 * The one thing the Mac cannot tell PSSO Helper: did the Microsoft password change (Password
 * method), or does the user expect the new one to open the Mac (Secure Enclave). Asked only when a
 * "yes" would change the diagnosis (main/common/diagnosis/questions.ts); main diagnoses the latest
 * read again, and the verdict above (role="status") announces the result.
 */
import { useState } from 'react'
import { openQuestions } from '../../main/common/diagnosis/questions'
import type { MacState } from '../../main/common/model/macState'
import { useT } from '../i18n/useT'
import { selectAnswers, useStatusStore } from '../stores/status'

export function StatusQuestion({ state, onAnswered }: { state: MacState; onAnswered: () => void }) {
  const t = useT()
  const answers = useStatusStore(selectAnswers)
  const questionAnswered = useStatusStore((s) => s.questionAnswered)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  if (!answers) return null
  const open = openQuestions(state, answers)

  const answer = async (request: Parameters<typeof questionAnswered>[0]) => {
    setBusy(true)
    const error = await questionAnswered(request)
    setBusy(false)
    setFailure(error?.message ?? null)
    if (!error) onAnswered()
  }
  const failed = failure && <p role="alert">{t('question.failed', { message: failure })}</p>

  if (open.includes('reportedEntraPasswordReset'))
    return (
      <fieldset className="question status-question">
        <legend>{t('question.passwordReset')}</legend>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => answer({ reportedEntraPasswordReset: true })}>
            {t('question.yes')}
          </button>
          <button type="button" disabled={busy} onClick={() => answer({ reportedEntraPasswordReset: false })}>
            {t('question.no')}
          </button>
        </div>
        {failed}
      </fieldset>
    )
  if (open.includes('expectsMacPasswordToFollowEntra'))
    return (
      <div className="status-question">
        <button
          type="button"
          className="link"
          disabled={busy}
          onClick={() => answer({ expectsMacPasswordToFollowEntra: true })}
        >
          {t('question.secureEnclave')}
        </button>
        {failed}
      </div>
    )
  return null
}
