/**
 * Language choice and formatting. The catalogues are plain typed objects (no library): en.ts is the
 * reference, ja.ts satisfies its keys. Dates and relative times go through Intl in the chosen
 * language.
 */
import { en, type MessageKey } from './en'
import { ja } from './ja'

export const LANGUAGES = ['en', 'ja'] as const
export type Lang = (typeof LANGUAGES)[number]
export type LanguageSetting = 'system' | Lang
export type { MessageKey }

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, ja }

export type Vars = Record<string, string | number>

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = catalogues[lang][key]
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text
}

/** The first of the system's preferred languages we have; English otherwise. */
export function systemLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'ja' || base === 'en') return base
  }
  return 'en'
}

export function effectiveLanguage(setting: LanguageSetting, preferred: readonly string[]): Lang {
  return setting === 'system' ? systemLanguage(preferred) : setting
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(iso))
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "3 days ago", "in 5 hours", "3日前": the largest unit that fits, rounded toward zero. */
export function formatRelative(iso: string, now: Date, lang: Lang): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return translate(lang, 'time.justNow')
}
