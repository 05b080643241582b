/** The hook screens use for texts: the language from the ui store, the catalogue from ./index. */
import { useCallback } from 'react'
import { selectLang, useUiStore } from '../stores/ui'
import { t, type TextKey, type TextValues } from './index'

export function useLang() {
  return useUiStore(selectLang)
}

export function useT() {
  const lang = useLang()
  return useCallback((key: TextKey, values?: TextValues) => t(lang, key, values), [lang])
}
