/**
 * The words of a notification beyond the finding's own sentence (which comes from the findings
 * catalogue, main/common/diagnosis/catalogue.ts): a short title by severity and the action's label.
 */
export type NotificationLanguage = 'en' | 'ja'
export type NotifiedSeverity = 'broken' | 'attention'

export const NOTIFICATION_TEXTS: Record<
  NotificationLanguage,
  { title: Record<NotifiedSeverity, string>; action: string }
> = {
  en: {
    title: { broken: 'Your Mac sign-in needs fixing', attention: 'Your Mac sign-in needs attention' },
    action: 'Fix it…',
  },
  ja: {
    title: { broken: 'Mac のサインインの修復が必要です', attention: 'Mac のサインインの確認が必要です' },
    action: '修復する…',
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
