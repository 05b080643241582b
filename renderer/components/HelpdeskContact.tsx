/** The organisation's helpdesk details from managed configuration, with a copy button. */
import { useT } from '../i18n/useT'
import { supportContactText } from '../repair/actions'
import { selectConfig, useUiStore } from '../stores/ui'
import { CopyButton } from './CopyButton'
import { SupportCode } from './SupportCode'

export function HelpdeskContact() {
  const t = useT()
  const config = useUiStore(selectConfig)
  const text = supportContactText(config)
  return (
    <div className="helpdesk-contact">
      <h2>{t('status.contactHelpdesk')}</h2>
      {text && <p className="contact-lines">{text}</p>}
      {text && <CopyButton text={text} name={t('status.contactHelpdesk')} />}
      <SupportCode />
    </div>
  )
}
