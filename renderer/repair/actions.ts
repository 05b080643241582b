/** What a step's button says and does. Every action goes through main, which checks it again. */
import type { AppConfig } from '../../main/common/config/appConfig'
import { bridge } from '../bridge'
import type { TextKey, TextValues } from '../i18n'
import type { StepAction } from './session'

export function actionLabel(action: StepAction, t: (key: TextKey, vars?: TextValues) => string): string {
  switch (action.kind) {
    case 'openSettings': {
      // The pane list is main/common's (SETTINGS_PANES): each pane has a name in the catalogue.
      return t('action.openSettings', { pane: t(`pane.${action.pane}`) })
    }
    case 'openCompanyPortal':
      return t('action.openCompanyPortal')
    case 'openPasswordChange':
      return t('action.openPasswordChange')
    case 'copyText':
      return t(action.what === 'supportCode' ? 'action.copySupportCode' : 'action.copySupportContact')
  }
}

/** The helpdesk's details as one copyable text; empty lines left out. */
export function supportContactText(config: AppConfig | null): string {
  if (!config) return ''
  return [
    config.OrganizationName,
    config.SupportPhone,
    config.SupportEmail,
    config.SupportURL,
    config.HelpdeskHours,
  ]
    .filter(Boolean)
    .join('\n')
}

export async function performAction(
  action: StepAction,
  settingsPaneUrl: (pane: string) => string | null,
  config: AppConfig | null,
  supportCode: string | null,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const result = await (async () => {
    switch (action.kind) {
      case 'openSettings': {
        const url = settingsPaneUrl(action.pane)
        return url
          ? bridge.openExternal({ intent: 'settingsPane', url })
          : ({ ok: false, error: { message: `unknown pane ${action.pane}` } } as const)
      }
      case 'openCompanyPortal':
        return bridge.openExternal({ intent: 'companyPortal' })
      case 'openPasswordChange':
        return bridge.openExternal({ intent: 'passwordChange' })
      case 'copyText':
        return bridge.copyText({
          text: action.what === 'supportCode' && supportCode ? supportCode : supportContactText(config),
        })
    }
  })()
  return result.ok ? { ok: true } : { ok: false, message: result.error.message }
}
