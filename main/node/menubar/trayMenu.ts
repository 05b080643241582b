/**
 * What the menu-bar item shows, as a pure function of the state: the icon, a short title beside it
 * (words, so the state never rests on the icon alone), the tooltip, and the menu items. The
 * Electron edge (main/electron/tray.ts) only renders this model and routes the clicks.
 */
import type { FindingId } from '../../common/diagnosis/findingIds'
import type { MacState, VerdictStatus } from '../../common/model/macState'
import type { NotificationLanguage } from '../notifications/notificationTexts'
import type { TrayIconKind } from './trayIcon'

export type TrayActionId = 'fix' | 'open' | 'copySupportCode' | 'checkNow' | 'quit'

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
  language: NotificationLanguage
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

const TEXTS = {
  en: {
    verdict: {
      healthy: 'Sign-in is working',
      attention: 'Sign-in needs attention',
      broken: 'Sign-in needs fixing',
      notConfigured: 'Platform SSO is not set up on this Mac',
      unknown: 'The sign-in state could not be read',
    },
    title: { healthy: '', attention: 'Check sign-in', broken: 'Fix sign-in', notConfigured: '', unknown: '' },
    checking: 'Checking your Mac…',
    fix: 'Fix it…',
    open: 'Open PSSO Helper',
    copySupportCode: 'Copy support code',
    checkNow: 'Check now',
    quit: 'Quit PSSO Helper',
  },
  ja: {
    verdict: {
      healthy: 'サインインは正常です',
      attention: 'サインインの確認が必要です',
      broken: 'サインインの修復が必要です',
      notConfigured: 'この Mac では Platform SSO が設定されていません',
      unknown: 'サインインの状態を読み取れませんでした',
    },
    title: { healthy: '', attention: '要確認', broken: '要修復', notConfigured: '', unknown: '' },
    checking: 'Mac を確認しています…',
    fix: '修復する…',
    open: 'PSSO Helper を開く',
    copySupportCode: 'サポートコードをコピー',
    checkNow: '今すぐ確認',
    quit: 'PSSO Helper を終了',
  },
} satisfies Record<NotificationLanguage, unknown>

export function trayModel({ state, checking, language, allowQuit, playbookFor }: TrayModelInput): TrayModel {
  const text = TEXTS[language]
  const verdict: VerdictStatus = state?.verdict.status ?? 'unknown'
  const headline = state === null ? text.checking : text.verdict[verdict]
  const firstProblem = state?.verdict.findings.find(
    (f) => f.severity === 'broken' || f.severity === 'attention',
  )
  const fix = firstProblem ? { findingId: firstProblem.id, playbookId: playbookFor(firstProblem.id) } : null
  const action = (id: TrayActionId, enabled = true): TrayMenuItem => ({
    kind: 'action',
    id,
    label: text[id],
    enabled,
  })

  const items: TrayMenuItem[] = [
    { kind: 'label', label: checking && state !== null ? `${headline} · ${text.checking}` : headline },
    { kind: 'separator' },
    ...(fix ? [action('fix')] : []),
    action('open'),
    action('copySupportCode', state !== null),
    action('checkNow', !checking),
    ...(allowQuit ? [{ kind: 'separator' } as const, action('quit')] : []),
  ]
  return { icon: ICONS[verdict], title: text.title[verdict], tooltip: `PSSO Helper: ${headline}`, items, fix }
}
