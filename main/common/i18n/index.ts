/**
 * The app's one text catalogue and everything around it: the languages it speaks, how a preferred-
 * language list or a POSIX locale picks one, filling {placeholders} (with ICU plurals), and relative
 * times. Every runtime (window, tray, notifications, CLI, docs generator) goes through here.
 *
 * Adding a language: add locales/<code>.ts (typed `Catalogue`, so a missing key is a compile error)
 * and one line in CATALOGUES below.
 */
import { en, type Catalogue, type TextKey } from './locales/en'
import { ja } from './locales/ja'

export type { Catalogue, TextKey }

/** The registry: every language the app speaks, English first (the fallback). */
export const CATALOGUES = { en, ja } satisfies Record<string, Catalogue>

export type Language = keyof typeof CATALOGUES
export const LANGUAGES = Object.keys(CATALOGUES) as Language[]
/** What a user or admin may choose (the `Language` key's values): follow the system, or a language. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number]
export const FALLBACK_LANGUAGE: Language = 'en'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value)
}

export const isLanguageSetting = (value: unknown): value is LanguageSetting =>
  value === 'system' || isLanguage(value)

/**
 * The first language of a preferred list (BCP 47 tags such as `fr-FR`, `ja-JP`, `zh-Hant-TW`) that
 * the app speaks; the whole list is walked, so `['fr-FR', 'ja-JP']` is Japanese. English otherwise.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred.slice(0, 50)) {
    const base = String(tag)
      .toLowerCase()
      .split(/[-_.@]/)[0]
    if (isLanguage(base)) return base
  }
  return FALLBACK_LANGUAGE
}

/**
 * A terminal's language: `--lang`, else LC_ALL, else LANG (`ja_JP.UTF-8`), matched as above. `C`
 * and `POSIX` name no language.
 */
export function terminalLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locales = [env.LC_ALL, env.LANG].filter(
    (value): value is string => !!value && value !== 'C' && value !== 'POSIX',
  )
  return matchLanguage(locales.slice(0, 1))
}

export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  return setting === 'system' ? matchLanguage(preferred) : setting
}

export type TextValues = Readonly<Record<string, string | number>>

/** A catalogue text in a language, its placeholders filled. */
export function t(language: Language, key: TextKey, values?: TextValues): string {
  const template = CATALOGUES[language][key]
  return values ? fill(template, values, language) : template
}

/** A text in every language, e.g. for admin documentation that shows them side by side. */
export function inEveryLanguage(key: TextKey): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, t(language, key)])) as Record<
    Language,
    string
  >
}

const PLURAL = /\{(\w+), plural, ((?:[=\w]+ \{[^{}]*\}\s*)+)\}/g
const CASE = /([=\w]+) \{([^{}]*)\}/g
const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Fills `{name}` from values and `{count, plural, one {# day} other {# days}}` through
 * Intl.PluralRules (`=0` exact matches first; `#` is the number). Unknown names stay as written, so
 * a missing value shows instead of vanishing. Linear in the template's length.
 */
export function fill(template: string, values: TextValues, language: Language = FALLBACK_LANGUAGE): string {
  const plurals = template.includes(', plural,')
    ? template.replace(PLURAL, (whole, name: string, cases: string) => {
        const count = values[name]
        if (typeof count !== 'number') return whole
        const options = new Map([...cases.matchAll(CASE)].map((match) => [match[1]!, match[2]!]))
        const chosen =
          options.get(`=${count}`) ??
          options.get(new Intl.PluralRules(language).select(count)) ??
          options.get('other')
        return chosen === undefined
          ? whole
          : chosen.replaceAll('#', new Intl.NumberFormat(language).format(count))
      })
    : template
  return plurals.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })
}

/** The placeholder and plural argument names of a template: what every language must share. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>()
  for (const match of template.matchAll(PLURAL)) names.add(`${match[1]!}:plural`)
  for (const match of template.replace(PLURAL, '').matchAll(PLACEHOLDER)) names.add(match[1]!)
  return [...names].sort()
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

export interface RelativeTimeOptions {
  /** The largest unit used ("40 days ago" rather than "last month" with `day`). */
  largest?: Intl.RelativeTimeFormatUnit
  /** What under a minute reads as; the locale's own "this minute" when absent. */
  justNow?: string
}

/**
 * "3 days ago", "in 5 hours", "3日前": the largest whole unit that fits (rounded toward zero), down
 * to minutes. `locale` is a BCP 47 tag (a language or a regional locale such as en-GB).
 */
export function relativeTime(
  then: number,
  now: number,
  locale: string,
  options: RelativeTimeOptions = {},
): string {
  const seconds = Math.round((then - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const from = Math.max(
    0,
    UNITS.findIndex(([unit]) => unit === (options.largest ?? 'year')),
  )
  for (const [unit, size] of UNITS.slice(from)) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return options.justNow ?? format.format(0, 'minute')
}

/** What main decided, as the window receives it. */
export interface LanguageState {
  /** The language the window, the menu-bar item and notifications speak. */
  language: Language
  /** The setting in force: the configuration's, else the user's choice, else `system`. */
  setting: LanguageSetting
  /** The language the system's preferred list matches (the switch shows "System (English)"). */
  system: Language
  /** The configuration's `Language` key decides; the window's switch cannot change it. */
  configured: boolean
}

/**
 * The language choices as the window's switch and the app menu list them: System (with the
 * language it resolves to, in the current language), then every language in its own name.
 */
export function languageChoices(
  current: Language,
  system: Language,
): { setting: LanguageSetting; label: string }[] {
  return [
    { setting: 'system', label: t(current, 'language.system', { lang: t(system, 'language.name') }) },
    ...LANGUAGES.map((language) => ({ setting: language, label: t(language, 'language.name') })),
  ]
}
