/** The in-app language switch: System (with the language it resolves to), English, 日本語. */
import { useId } from 'react'
import { systemLanguage, translate, type LanguageSetting } from '../i18n'
import { useT } from '../i18n/useT'
import { selectLanguageSetting, selectPreferredLanguages, useUiStore } from '../stores/ui'

export function LanguageSwitch() {
  const t = useT()
  const id = useId()
  const setting = useUiStore(selectLanguageSetting)
  const preferred = useUiStore(selectPreferredLanguages)
  const languageChosen = useUiStore((s) => s.languageChosen)
  const system = systemLanguage(preferred)
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={setting} onChange={(e) => languageChosen(e.target.value as LanguageSetting)}>
        <option value="system">
          {t('language.system', { lang: translate(system, `language.${system}`) })}
        </option>
        <option value="en">{t('language.en')}</option>
        <option value="ja">{t('language.ja')}</option>
      </select>
    </span>
  )
}
