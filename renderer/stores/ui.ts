/**
 * What the window shows and in which language: the current screen, the app's info and
 * configuration from main, and the language main decided (main owns it: the configuration, else the
 * user's choice, else the system; the switch asks main, which pushes the result to every window).
 */
import { create } from 'zustand'
import type { AppConfig } from '../../main/common/config/appConfig'
import type { EffectiveConfig } from '../../main/common/config/effectiveConfig'
import type { NavigationTarget, Screen } from '../../main/common/ipc/contract'
import { bridge, type AppInfo, type LanguageState } from '../bridge'
import { matchLanguage, type Language, type LanguageSetting } from '../i18n'

export type { Screen }

interface UiStore {
  screen: Screen
  appInfo: AppInfo | null
  config: AppConfig | null
  /** Where each value came from and the problems found, for the helpdesk view. */
  configProvenance: Omit<EffectiveConfig, 'values'> | null
  /** What main decided; null until it answers (the system's languages decide meanwhile). */
  language: LanguageState | null
  /** The Settings sheet (the language) is open over the screen. */
  settingsOpen: boolean
  /** The accent colour main read (RRGGBBAA); null: the system blue. */
  accentColor: string | null
  screenOpened(screen: Screen): void
  /** The toolbar, a shortcut or an app-menu item (through main's `app:navigate` push). */
  navigated(target: NavigationTarget): void
  settingsClosed(): void
  /** The switch in the window: main keeps the choice and pushes the new language everywhere. */
  languageChosen(setting: LanguageSetting): Promise<void>
  appStarted(): Promise<void>
}

const initial = () => ({
  screen: 'status' as Screen,
  appInfo: null,
  config: null,
  configProvenance: null,
  language: null as LanguageState | null,
  settingsOpen: false,
  accentColor: null as string | null,
})

export const createUiStore = () =>
  create<UiStore>()((set, get) => ({
    ...initial(),
    screenOpened: (screen) => set({ screen, settingsOpen: false }),
    navigated: (target) =>
      set(target === 'settings' ? { settingsOpen: true } : { screen: target, settingsOpen: false }),
    settingsClosed: () => set({ settingsOpen: false }),
    languageChosen: async (setting) => {
      const result = await bridge.setLanguage({ setting })
      if (result.ok) set({ language: result.data })
    },
    appStarted: async () => {
      bridge.onLanguageChanged((language) => set({ language }))
      bridge.onNavigate((target) => get().navigated(target))
      bridge.onAccentColorChanged((accentColor) => set({ accentColor }))
      // An Intune profile added, changed or removed while the window is open.
      bridge.onConfigChanged((config) =>
        set({
          config: config.values,
          configProvenance: { sources: config.sources, problems: config.problems },
        }),
      )
      const [info, config, language] = await Promise.all([
        bridge.getAppInfo(),
        bridge.getConfig(),
        bridge.getLanguage(),
      ])
      set({
        appInfo: info.ok ? info.data : null,
        accentColor: info.ok ? info.data.accentColor : null,
        ...(language.ok ? { language: language.data } : {}),
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
export const selectSettingsOpen = (s: UiStore) => s.settingsOpen
export const selectAccentColor = (s: UiStore) => s.accentColor
export const selectHelpdeskAllowed = (s: UiStore) => s.config?.ShowHelpdeskView ?? true

/**
 * The system's preferred languages: from main in the app, from the browser in the preview. Read
 * once into a stable array (Chromium's navigator.languages is a new array on every read, which a
 * selector must never return).
 */
const browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : [...navigator.languages]
export const selectPreferredLanguages = (s: UiStore): readonly string[] =>
  s.appInfo?.preferredLanguages ?? browserLanguages

export const selectLanguageSetting = (s: UiStore): LanguageSetting => s.language?.setting ?? 'system'
/** The configuration's Language key decides: the switch shows it and cannot change it. */
export const selectLanguageConfigured = (s: UiStore): boolean => s.language?.configured ?? false
export const selectSystemLanguage = (s: UiStore): Language =>
  s.language?.system ?? matchLanguage(selectPreferredLanguages(s))

export const selectLang = (s: UiStore): Language => s.language?.language ?? selectSystemLanguage(s)
