/** The calm error page: what happened in plain words, Check again, and the support code. */
import { useT } from '../i18n/useT'
import { SupportCode } from './SupportCode'

export function ErrorFallback({ onRetry }: { onRetry: () => void }) {
  const t = useT()
  return (
    <section role="alert" aria-labelledby="recovery-title" className="recovery">
      <h1 id="recovery-title" tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.body')}</p>
      <p>
        <button type="button" onClick={onRetry}>
          {t('status.checkAgain')}
        </button>
      </p>
      <SupportCode />
    </section>
  )
}
