/** The support code the user reads aloud to the helpdesk (this state, encoded by main/common/supportCode). */
import { encodeSupportCode } from '../../main/common/supportCode/supportCode'
import { useT } from '../i18n/useT'
import { selectMacState, useStatusStore } from '../stores/status'
import { CopyButton } from './CopyButton'

export function SupportCode() {
  const t = useT()
  const state = useStatusStore(selectMacState)
  if (!state) return null
  const code = encodeSupportCode(state)
  return (
    <p className="support-code-line">
      <span className="secondary-text">{t('supportCode.label')}</span> <code className="code">{code}</code>{' '}
      <CopyButton text={code} name={t('supportCode.label')} />
    </p>
  )
}
