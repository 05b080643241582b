/** The text catalogue by language, and filling its placeholders from the app's configuration. */
import type { AppConfig } from '../../config/appConfig'
import { EN, type TextKey } from './en'
import { JA } from './ja'

export type { TextKey } from './en'
export const LANGUAGES = ['en', 'ja'] as const
export type Language = (typeof LANGUAGES)[number]

export const TEXTS: Record<Language, Record<TextKey, string>> = { en: EN, ja: JA }

export const TEXT_KEYS = Object.keys(EN) as TextKey[]

/** Values the texts' {placeholders} take. */
export interface TextValues {
  supportContact: string
  passwordChangeUrl: string
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

export function renderText(language: Language, key: TextKey, values: TextValues): string {
  return fill(TEXTS[language][key], { ...values })
}

type ContactConfig = Pick<
  AppConfig,
  'OrganizationName' | 'SupportPhone' | 'SupportEmail' | 'SupportURL' | 'HelpdeskHours' | 'PasswordChangeURL'
>

/**
 * Who to call, from managed configuration. Without any contact details the texts say "your IT
 * helpdesk" (`contact.default`), never an invented number.
 */
export function supportContact(language: Language, config: ContactConfig): string {
  const texts = TEXTS[language]
  const who = config.OrganizationName
    ? fill(texts['contact.organization'], { organization: config.OrganizationName })
    : texts['contact.default']
  const details = [config.SupportPhone, config.SupportEmail, config.SupportURL].filter(
    (value): value is string => !!value,
  )
  if (config.HelpdeskHours) details.push(fill(texts['contact.hours'], { hours: config.HelpdeskHours }))
  return details.length > 0 ? `${who} (${details.join(', ')})` : who
}

export function textValues(language: Language, config: ContactConfig): TextValues {
  return { supportContact: supportContact(language, config), passwordChangeUrl: config.PasswordChangeURL }
}
