/**
 * The one place that decides which language the app speaks: the `Language` configuration key when
 * it names a language, else the user's choice from the window (kept in the app's data folder), else
 * the system's preferred-language list. The window, the menu-bar item and notifications all follow
 * it; a change is pushed to every subscriber.
 */
import {
  isLanguageSetting,
  matchLanguage,
  resolveLanguage,
  type LanguageSetting,
  type LanguageState,
} from '../../common/i18n'
import { choiceFile } from '../files/choiceFile'

/** Where the user's choice is kept between runs. */
export interface LanguageChoiceStore {
  /** null = none saved, or unreadable (then the system decides). */
  load(): Promise<LanguageSetting | null>
  save(setting: LanguageSetting): Promise<void>
}

export interface LanguageOwnerDeps {
  /** The `Language` configuration key (managed, else the user's preferences): `system` leaves it open. */
  configured: () => LanguageSetting
  /** The system's preferred languages, most preferred first (BCP 47). */
  systemLanguages: () => readonly string[]
  /** The choice saved by an earlier run (LanguageChoiceStore.load), if any. */
  savedChoice?: LanguageSetting | null
  /** Keeps a new choice for the next run; a failure leaves the choice in force for this run. */
  save?: (setting: LanguageSetting) => Promise<void>
  onSaveError?: (error: unknown) => void
}

export interface LanguageOwner {
  current(): LanguageState
  /** The user's choice in the window; kept, then pushed. The configuration key still wins. */
  choose(setting: LanguageSetting): Promise<LanguageState>
  /** Calls back on every change of the state; returns the unsubscribe function. */
  subscribe(listener: (state: LanguageState) => void): () => void
}

export function createLanguageOwner(deps: LanguageOwnerDeps): LanguageOwner {
  let choice: LanguageSetting | null = deps.savedChoice ?? null
  const listeners = new Set<(state: LanguageState) => void>()

  const current = (): LanguageState => {
    const configured = deps.configured()
    const preferred = deps.systemLanguages()
    const setting = configured !== 'system' ? configured : (choice ?? 'system')
    return {
      language: resolveLanguage(setting, preferred),
      setting,
      system: matchLanguage(preferred),
      configured: configured !== 'system',
    }
  }

  return {
    current,
    async choose(setting) {
      const before = current()
      choice = setting
      await deps.save?.(setting).catch((error: unknown) => deps.onSaveError?.(error))
      const after = current()
      if (after.language !== before.language || after.setting !== before.setting)
        for (const listener of listeners) listener(after)
      return after
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

export const LANGUAGE_FILE = 'language.json'

/**
 * The choice as `{"language": "ja"}` in the app's data folder, written atomically. A missing,
 * unreadable or unknown value counts as no choice (never a crash, never a guess).
 */
export function fileLanguageStore(dataDir: string): LanguageChoiceStore {
  return choiceFile(dataDir, LANGUAGE_FILE, 'language', isLanguageSetting)
}
