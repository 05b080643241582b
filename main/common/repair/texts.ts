/**
 * The playbooks' texts, read from the app's catalogue (namespace `playbook.*` of
 * main/common/i18n/locales), with their placeholders filled from the configuration:
 * {supportContact} and {passwordChangeUrl}.
 */
import type { AppConfig } from '../config/appConfig'
import { CATALOGUES, t, type Language, type TextKey as CatalogueKey } from '../i18n'

/** A playbook text's key without its namespace, e.g. `step.openUsersAndGroups`. */
export type TextKey = CatalogueKey extends infer K
  ? K extends `playbook.${infer Rest}`
    ? Rest
    : never
  : never

export const TEXT_KEYS = Object.keys(CATALOGUES.en)
  .filter((key) => key.startsWith('playbook.'))
  .map((key) => key.slice('playbook.'.length)) as TextKey[]

export const isTextKey = (key: string): key is TextKey => Object.hasOwn(CATALOGUES.en, `playbook.${key}`)

/** Values the texts' {placeholders} take. */
export interface TextValues {
  supportContact: string
  passwordChangeUrl: string
}

export function renderText(language: Language, key: TextKey, values: TextValues): string {
  return t(language, `playbook.${key}`, { ...values })
}

export type ContactConfig = Pick<
  AppConfig,
  'OrganizationName' | 'SupportPhone' | 'SupportEmail' | 'SupportURL' | 'HelpdeskHours' | 'PasswordChangeURL'
>

/**
 * Who to call, from managed configuration. Without any contact details the texts say "your IT
 * helpdesk" (`contact.default`), never an invented number.
 */
export function supportContact(language: Language, config: ContactConfig): string {
  const who = config.OrganizationName
    ? t(language, 'playbook.contact.organization', { organization: config.OrganizationName })
    : t(language, 'playbook.contact.default')
  const details = [config.SupportPhone, config.SupportEmail, config.SupportURL].filter(
    (value): value is string => !!value,
  )
  if (config.HelpdeskHours)
    details.push(t(language, 'playbook.contact.hours', { hours: config.HelpdeskHours }))
  return details.length > 0 ? `${who} (${details.join(', ')})` : who
}

export function textValues(language: Language, config: ContactConfig): TextValues {
  return { supportContact: supportContact(language, config), passwordChangeUrl: config.PasswordChangeURL }
}
