/**
 * The language popup of the Settings sheet: System (with the language it resolves to), then every
 * language of the catalogue in its own name. Disabled when the configuration's Language key decides.
 */
import { useId } from 'react'
import { languageChoices, type LanguageSetting } from '../i18n'
import { useLang, useT } from '../i18n/useT'
import {
  selectLanguageConfigured,
  selectLanguageSetting,
  selectSystemLanguage,
  useUiStore,
} from '../stores/ui'

export function LanguageSwitch() {
  const t = useT()
  const lang = useLang()
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
        {languageChoices(lang, system).map((choice) => (
          <option key={choice.setting} value={choice.setting}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  )
}
