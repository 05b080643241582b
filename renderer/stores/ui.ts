/**
 * What the window shows and in which language: the current screen, the app's info and
 * configuration from main, and the user's own language choice (kept in localStorage).
 */
import { create } from 'zustand'
import type { AppConfig } from '../../main/common/config/appConfig'
import type { EffectiveConfig } from '../../main/common/config/effectiveConfig'
import { bridge, type AppInfo } from '../bridge'
import { effectiveLanguage, type Lang, type LanguageSetting } from '../i18n'

export type Screen = 'status' | 'helpdesk' | 'about'

const LANGUAGE_KEY = 'psso-helper.language'

function savedLanguage(): LanguageSetting | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY)
    return value === 'en' || value === 'ja' || value === 'system' ? value : null
  } catch {
    return null
  }
}

interface UiStore {
  screen: Screen
  appInfo: AppInfo | null
  config: AppConfig | null
  /** Where each value came from and the problems found, for the helpdesk view. */
  configProvenance: Omit<EffectiveConfig, 'values'> | null
  /** The user's in-app choice; null = follow the configuration (AppConfig.Language), then the system. */
  languageChoice: LanguageSetting | null
  screenOpened(screen: Screen): void
  languageChosen(setting: LanguageSetting): void
  appStarted(): Promise<void>
}

const initial = () => ({
  screen: 'status' as Screen,
  appInfo: null,
  config: null,
  configProvenance: null,
  languageChoice: savedLanguage(),
})

export const createUiStore = () =>
  create<UiStore>()((set) => ({
    ...initial(),
    screenOpened: (screen) => set({ screen }),
    languageChosen: (setting) => {
      try {
        window.localStorage.setItem(LANGUAGE_KEY, setting)
      } catch {
        // Private storage may be unavailable: the choice then lasts until the window closes.
      }
      set({ languageChoice: setting })
    },
    appStarted: async () => {
      const [info, config] = await Promise.all([bridge.getAppInfo(), bridge.getConfig()])
      set({
        appInfo: info.ok ? info.data : null,
        config: config.ok ? config.data.values : null,
        configProvenance: config.ok ? { sources: config.data.sources, problems: config.data.problems } : null,
      })
    },
  }))

export const useUiStore = createUiStore()
export const resetUiStore = () => useUiStore.setState(initial())

export const selectScreen = (s: UiStore) => s.screen
export const selectConfig = (s: UiStore) => s.config
export const selectAppInfo = (s: UiStore) => s.appInfo
export const selectConfigProvenance = (s: UiStore) => s.configProvenance
export const selectHelpdeskAllowed = (s: UiStore) => s.config?.ShowHelpdeskView ?? true

/**
 * The system's preferred languages: from main in the app, from the browser in the preview. Read
 * once into a stable array (Chromium's navigator.languages is a new array on every read, which a
 * selector must never return).
 */
const browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : [...navigator.languages]
export const selectPreferredLanguages = (s: UiStore): readonly string[] =>
  s.appInfo?.preferredLanguages ?? browserLanguages

export const selectLanguageSetting = (s: UiStore): LanguageSetting =>
  s.languageChoice ?? s.config?.Language ?? 'system'

export const selectLang = (s: UiStore): Lang =>
  effectiveLanguage(selectLanguageSetting(s), selectPreferredLanguages(s))
