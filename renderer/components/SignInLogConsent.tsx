/**
 * Asks once whether PSSO Helper may read Company Portal's sign-in log (macOS asks too: "would like to
 * access data from other apps"), says why in one sentence, and remembers the answer in main. Shows
 * nothing once answered, or where there is no such log (the preview). Self-contained: the status
 * screen mounts it with one line.
 */
import { useEffect, useState } from 'react'
import { bridge, type IpcError } from '../bridge'
import type { SignInLogChoice } from '../../main/common/ipc/contract'
import { useT } from '../i18n/useT'

export function SignInLogConsent() {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<IpcError | null>(null)

  useEffect(() => {
    let live = true
    void bridge.getSignInLogConsent().then((result) => {
      if (live && result.ok && result.data.choice === 'unasked') setAsking(true)
    })
    return () => {
      live = false
    }
  }, [])

  if (!asking) return null
  const answer = async (choice: SignInLogChoice) => {
    setBusy(true)
    const result = await bridge.setSignInLogConsent({ choice })
    setBusy(false)
    if (result.ok) setAsking(false)
    else setFailure(result.error)
  }
  return (
    <fieldset className="question sign-in-log-consent">
      <legend>{t('consent.signInLog.question')}</legend>
      <p className="secondary-text">{t('consent.signInLog.why')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => answer('granted')}>
          {t('consent.signInLog.allow')}
        </button>
        <button type="button" disabled={busy} onClick={() => answer('declined')}>
          {t('consent.signInLog.decline')}
        </button>
      </div>
      {failure && <p role="alert">{t('question.failed', { message: failure.message })}</p>}
    </fieldset>
  )
}
