/**
 * What the menu-bar item shows, as a pure function of the state: the icon, a short title beside it
 * (words, so the state never rests on the icon alone), the tooltip, and the menu items. The
 * Electron edge (main/electron/tray.ts) only renders this model and routes the clicks.
 */
import { FINDINGS } from '../../common/diagnosis/catalogue'
import type { FindingId } from '../../common/diagnosis/findingIds'
import type { MacState, VerdictStatus } from '../../common/model/macState'
import { t, type Language } from '../../common/i18n'
import type { TrayIconKind } from './trayIcon'

export type TrayActionId = 'fix' | 'passwordChanged' | 'open' | 'copySupportCode' | 'checkNow' | 'quit'

/**
 * Where "My password was changed or reset…" leads: the Mac cannot see a reset in Entra until its
 * next token refresh (up to 4 hours), so with the Password method it is offered always.
 */
export const PASSWORD_CHANGED_TARGET = {
  findingId: 'password-changed-in-entra',
  playbookId: FINDINGS['password-changed-in-entra'].playbook,
} as const satisfies { findingId: FindingId; playbookId: string }

export type TrayMenuItem =
  | { kind: 'label'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; id: TrayActionId; label: string; enabled: boolean }

export interface TrayModel {
  icon: TrayIconKind
  /** Text beside the icon; empty when all is well (a quiet menu bar). */
  title: string
  tooltip: string
  items: TrayMenuItem[]
  /** Where "Fix it…" leads; null when there is nothing to fix. */
  fix: { findingId: FindingId; playbookId: string | null } | null
}

export interface TrayModelInput {
  /** null before the first check has finished. */
  state: MacState | null
  checking: boolean
  language: Language
  /** Proposed AppConfig key AllowQuit: admins may keep the helper running. */
  allowQuit: boolean
  playbookFor: (findingId: FindingId) => string | null
}

const ICONS: Record<VerdictStatus, TrayIconKind> = {
  healthy: 'healthy',
  attention: 'attention',
  broken: 'broken',
  notConfigured: 'unknown',
  unknown: 'unknown',
}

export function trayModel({ state, checking, language, allowQuit, playbookFor }: TrayModelInput): TrayModel {
  const verdict: VerdictStatus = state?.verdict.status ?? 'unknown'
  const checkingText = t(language, 'tray.checking')
  const headline = state === null ? checkingText : t(language, `tray.verdict.${verdict}`)
  const firstProblem = state?.verdict.findings.find(
    (f) => f.severity === 'broken' || f.severity === 'attention',
  )
  const fix = firstProblem ? { findingId: firstProblem.id, playbookId: playbookFor(firstProblem.id) } : null
  const action = (id: TrayActionId, enabled = true): TrayMenuItem => ({
    kind: 'action',
    id,
    label: t(language, `tray.${id}`),
    enabled,
  })

  const items: TrayMenuItem[] = [
    {
      kind: 'label',
      label:
        checking && state !== null
          ? t(language, 'tray.checkingAgain', { headline, checking: checkingText })
          : headline,
    },
    { kind: 'separator' },
    ...(fix ? [action('fix')] : []),
    ...(state?.psso.method === 'password' && fix?.playbookId !== PASSWORD_CHANGED_TARGET.playbookId
      ? [action('passwordChanged')]
      : []),
    action('open'),
    action('copySupportCode', state !== null),
    action('checkNow', !checking),
    ...(allowQuit ? [{ kind: 'separator' } as const, action('quit')] : []),
  ]
  return {
    icon: ICONS[verdict],
    title: t(language, `tray.title.${verdict}`),
    tooltip: t(language, 'tray.tooltip', { headline }),
    items,
    fix,
  }
}
