/** The organisation's helpdesk details from managed configuration, with a copy button. */
import { useT } from '../i18n/useT'
import { supportContactText } from '../repair/actions'
import { selectConfig, useUiStore } from '../stores/ui'
import { CopyButton } from './CopyButton'

export function HelpdeskContact() {
  const t = useT()
  const config = useUiStore(selectConfig)
  const text = supportContactText(config)
  if (!text) return null
  return (
    <div className="helpdesk-contact">
      <h2>{t('status.contactHelpdesk')}</h2>
      <p className="contact-lines">{text}</p>
      <CopyButton text={text} name={t('status.contactHelpdesk')} />
    </div>
  )
}
