/** Turns the state model into the rows the screens show: plain facts for users, raw paths for the helpdesk. */
import type { MacState } from '../main/common/model/macState'
import { formatDateTime, formatRelative, t as text, type Language, type TextKey } from './i18n'

export interface FactRow {
  label: string
  value: string
}

/** "3 days ago (21 Nov 2026, 09:14)": relative first, the exact time after it. */
export function whenText(iso: string | null, now: Date, lang: Language): string | null {
  return iso ? `${formatRelative(iso, now, lang)} (${formatDateTime(iso, lang)})` : null
}

/** The facts a user sees under "Details", in their words and language. Unknown is said, not guessed. */
export function userFacts(state: MacState, now: Date, lang: Language): FactRow[] {
  const t = (key: TextKey, vars?: Record<string, string>) => text(lang, key, vars)
  const unknown = t('value.unknown')
  const registered = (value: boolean | null) =>
    value === null ? unknown : t(value ? 'value.registered' : 'value.notRegistered')
  const { psso, companyPortal, os } = state
  const userValue =
    psso.user.registered === true && psso.user.stateClass && psso.user.stateClass !== 'normal'
      ? t('value.needsAttention')
      : registered(psso.user.registered)
  const expires = whenText(psso.tokens.expiresAt, now, lang)
  const portal =
    companyPortal.installed === false
      ? t('value.notInstalled')
      : companyPortal.version === null
        ? unknown
        : companyPortal.meetsMinimum === false
          ? t('value.tooOld', { version: companyPortal.version })
          : companyPortal.version
  return [
    { label: t('fact.method'), value: psso.method ? t(`method.${psso.method}`) : unknown },
    { label: t('fact.deviceRegistration'), value: registered(psso.deviceRegistered) },
    { label: t('fact.userRegistration'), value: userValue },
    {
      label: t('fact.tokensReceived'),
      value:
        whenText(psso.tokens.receivedAt, now, lang) ??
        (psso.tokens.present === false ? t('value.none') : unknown),
    },
    {
      label: t('fact.tokensExpire'),
      value: expires ? (psso.tokens.expired ? t('value.expired', { time: expires }) : expires) : unknown,
    },
    { label: t('fact.companyPortal'), value: portal },
    {
      label: t('fact.macOS'),
      value: [os.version, os.build && `(${os.build})`].filter(Boolean).join(' ') || unknown,
    },
  ]
}

/** Every fact with its raw value, by its path in `status --json` (e.g. `psso.user.stateName`). */
export function rawFacts(state: MacState): FactRow[] {
  const rows: FactRow[] = []
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key)
    } else rows.push({ label: path, value: value === null ? 'null' : JSON.stringify(value) })
  }
  const { verdict: _verdict, ...facts } = state
  walk(facts, '')
  return rows
}

export const rowsAsText = (rows: readonly FactRow[]) => rows.map((r) => `${r.label}: ${r.value}`).join('\n')
