/**
 * Settings, as a sheet over the window (App › Settings… ⌘, or the toolbar's gear): the language
 * popup. Done (Return or Escape) closes it and gives the focus back to what opened it.
 */
import { useEffect, useId, useRef } from 'react'
import { useT } from '../i18n/useT'
import { selectLanguageConfigured, useUiStore } from '../stores/ui'
import { ButtonRow } from './ButtonRow'
import { LanguageSwitch } from './LanguageSwitch'

export function SettingsSheet() {
  const t = useT()
  const titleId = useId()
  const configured = useUiStore(selectLanguageConfigured)
  const settingsClosed = useUiStore((s) => s.settingsClosed)
  const sheet = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    sheet.current?.querySelector<HTMLElement>('select, button')?.focus()
    return () => opener?.focus()
  }, [])

  return (
    <div className="sheet-backdrop">
      <div ref={sheet} className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('settings.title')}</h2>
        <LanguageSwitch />
        {configured && <p className="secondary-text">{t('settings.languageConfigured')}</p>}
        <ButtonRow>
          <button type="button" data-default-action data-cancel-action onClick={settingsClosed}>
            {t('settings.done')}
          </button>
        </ButtonRow>
      </div>
    </div>
  )
}
