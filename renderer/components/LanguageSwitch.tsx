/**
 * The in-app language switch: System (with the language it resolves to), then every language of the
 * catalogue in its own name. Disabled when the configuration's Language key decides.
 */
import { useId } from 'react'
import { LANGUAGES, t as text, type LanguageSetting } from '../i18n'
import { useT } from '../i18n/useT'
import {
  selectLanguageConfigured,
  selectLanguageSetting,
  selectSystemLanguage,
  useUiStore,
} from '../stores/ui'

export function LanguageSwitch() {
  const t = useT()
  const id = useId()
  const setting = useUiStore(selectLanguageSetting)
  const configured = useUiStore(selectLanguageConfigured)
  const system = useUiStore(selectSystemLanguage)
  const languageChosen = useUiStore((s) => s.languageChosen)
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={setting}
        disabled={configured}
        onChange={(e) => void languageChosen(e.target.value as LanguageSetting)}
      >
        <option value="system">{t('language.system', { lang: text(system, 'language.name') })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {text(language, 'language.name')}
          </option>
        ))}
      </select>
    </span>
  )
}
