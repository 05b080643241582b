/**
 * What a notification says: a short title and one sentence naming the problem, in English and
 * Japanese. A finding without its own sentence falls back to its severity's. The Japanese names
 * follow Microsoft's and Apple's Japanese UI (「ポータル サイト」).
 */
import type { FindingId } from '../../common/diagnosis/findingIds'

export type NotificationLanguage = 'en' | 'ja'
export type NotifiedSeverity = 'broken' | 'attention'

interface LanguageTexts {
  title: Record<NotifiedSeverity, string>
  fallback: Record<NotifiedSeverity, string>
  action: string
  bodies: Partial<Record<FindingId, string>>
}

export const NOTIFICATION_TEXTS: Record<NotificationLanguage, LanguageTexts> = {
  en: {
    title: { broken: 'Your Mac sign-in needs fixing', attention: 'Your Mac sign-in needs attention' },
    fallback: {
      broken: 'Signing in to work apps on this Mac has a problem that PSSO Helper can help fix.',
      attention: 'Signing in to work apps on this Mac needs a quick check.',
    },
    action: 'Fix it…',
    bodies: {
      'device-not-registered':
        'This Mac is not registered with your organisation, so work apps cannot sign you in.',
      'user-not-registered': 'Your account is not registered for sign-in on this Mac yet.',
      'user-needs-registration':
        'Your Mac needs you to register your account again, which often happens after a password change.',
      'user-needs-new-keys': 'Your Mac needs to renew the sign-in keys for your account.',
      'user-state-unrecognized': 'Your Mac reports an unusual sign-in state that needs checking.',
      'tokens-missing':
        'Your Mac has no sign-in for work apps right now, so they may keep asking for your password.',
      'tokens-expired':
        "Your Mac's sign-in for work apps has expired, so they may keep asking for your password.",
      'tokens-expiring-soon': "Your Mac's sign-in for work apps expires soon.",
      'password-changed-in-entra': 'Your work password changed, and your Mac needs the new one too.',
      'company-portal-missing':
        'Company Portal is missing, and this Mac needs it to sign you in to work apps.',
      'company-portal-outdated':
        'Company Portal is out of date and needs an update to sign you in to work apps.',
    },
  },
  ja: {
    title: { broken: 'Mac のサインインの修復が必要です', attention: 'Mac のサインインの確認が必要です' },
    fallback: {
      broken: 'この Mac の仕事用アプリへのサインインに問題があり、PSSO Helper で修復できます。',
      attention: 'この Mac の仕事用アプリへのサインインを確認してください。',
    },
    action: '修復する…',
    bodies: {
      'device-not-registered': 'この Mac が組織に登録されていないため、仕事用アプリにサインインできません。',
      'user-not-registered': 'この Mac では、あなたのアカウントがまだサインイン用に登録されていません。',
      'user-needs-registration': 'アカウントの再登録が必要です（パスワードを変更した後によく起こります）。',
      'user-needs-new-keys': 'Mac で、あなたのアカウントのサインイン用キーを更新する必要があります。',
      'user-state-unrecognized': 'Mac のサインイン状態に、確認が必要な異常があります。',
      'tokens-missing':
        '仕事用アプリへのサインイン情報がないため、パスワードを何度も求められることがあります。',
      'tokens-expired':
        '仕事用アプリへのサインインの有効期限が切れたため、パスワードを何度も求められることがあります。',
      'tokens-expiring-soon': '仕事用アプリへのサインインの有効期限がまもなく切れます。',
      'password-changed-in-entra': '仕事用パスワードが変更されたため、Mac 側でも新しいパスワードが必要です。',
      'company-portal-missing':
        '仕事用アプリへのサインインに必要なポータル サイトが、この Mac にありません。',
      'company-portal-outdated': 'ポータル サイトが古いため、仕事用アプリへのサインインには更新が必要です。',
    },
  },
}

/** The configured language, or the system's when it is `system`: Japanese for any ja locale. */
export function resolveLanguage(
  configured: 'system' | 'en' | 'ja',
  systemLocale: string,
): NotificationLanguage {
  if (configured !== 'system') return configured
  return systemLocale.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}
