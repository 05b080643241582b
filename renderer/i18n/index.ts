/**
 * The window's texts and dates: the app's one catalogue (main/common/i18n) in the language the ui
 * store holds (decided by main), and dates and relative times through Intl in that language.
 */
import { relativeTime, t, type Language } from '../../main/common/i18n'

export {
  LANGUAGES,
  languageChoices,
  matchLanguage,
  t,
  type Language,
  type LanguageSetting,
  type TextKey,
  type TextValues,
} from '../../main/common/i18n'

export function formatDateTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

export function formatTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(iso))
}

/** "3 days ago", "in 5 hours", "3日前"; under a minute, "just now". */
export function formatRelative(iso: string, now: Date, lang: Language): string {
  return relativeTime(Date.parse(iso), now.getTime(), lang, { justNow: t(lang, 'time.justNow') })
}
