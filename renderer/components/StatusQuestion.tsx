/**
 * The one thing the Mac cannot tell PSSO Helper: did the Microsoft password change (Password
 * method), or does the user expect the new one to open the Mac (Secure Enclave). The status screen
 * asks only when the answer changes the diagnosis (main/common/diagnosis/questions.ts); main
 * diagnoses the latest read again, and the verdict above (role="status") announces the result.
 */
import { useState } from 'react'
import type { QuestionId } from '../../main/common/diagnosis/questions'
import { useT } from '../i18n/useT'
import { useStatusStore } from '../stores/status'

import { DEFAULT_ACTION } from '../repair/defaultAction'

/**
 * `onAnswered(yes)`: after main took the answer. The password question is the screen's primary
 * action (it decides which guide applies), so its "Yes" is the default button.
 */
export function StatusQuestion({
  question,
  onAnswered,
}: {
  question: QuestionId
  onAnswered: (yes: boolean) => void
}) {
  const t = useT()
  const questionAnswered = useStatusStore((s) => s.questionAnswered)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const answer = async (yes: boolean) => {
    setBusy(true)
    const error = await questionAnswered({ [question]: yes })
    setBusy(false)
    setFailure(error?.message ?? null)
    if (!error) onAnswered(yes)
  }
  const failed = failure && <p role="alert">{t('question.failed', { message: failure })}</p>

  // Secure Enclave: an unobtrusive link; only "yes" means anything (the explanation).
  if (question === 'expectsMacPasswordToFollowEntra')
    return (
      <>
        <p>
          <button type="button" className="link" disabled={busy} onClick={() => answer(true)}>
            {t('question.secureEnclave')}
          </button>
        </p>
        {failed}
      </>
    )
  return (
    <fieldset className="question">
      <legend>{t('playbook.refreshTokens.askPasswordChanged')}</legend>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => answer(true)}
          {...DEFAULT_ACTION}
        >
          {t('question.yes')}
        </button>
        <button type="button" disabled={busy} onClick={() => answer(false)}>
          {t('question.no')}
        </button>
      </div>
      {failed}
    </fieldset>
  )
}
