/**
 * The registration steps several playbooks share: System Settings on macOS 14+, Company Portal on
 * macOS 13, which has no Settings UI for Platform SSO [AY], [J1], [T], [NT].
 */
import type { CompletionCheckId, PlaybookStep } from './types'

export const REGISTER_IN_SETTINGS: readonly PlaybookStep[] = [
  {
    id: 'open-users-and-groups',
    text: 'step.openUsersAndGroups',
    helpdesk: 'step.openUsersAndGroups.helpdesk',
    action: { kind: 'openSettings', pane: 'usersAndGroups' },
    when: { macOSMin: 14 },
  },
  { id: 'network-account-server', text: 'step.networkAccountServerEdit', when: { macOSMin: 14 } },
  {
    id: 'register-or-repair',
    text: 'step.clickRegisterOrRepair',
    helpdesk: 'step.clickRegisterOrRepair.helpdesk',
    when: { macOSMin: 14 },
  },
  {
    id: 'open-company-portal',
    text: 'step.macos13NoSettings',
    helpdesk: 'step.macos13NoSettings.helpdesk',
    action: { kind: 'openCompanyPortal' },
    when: { macOSMax: 13 },
  },
  // macOS 13: Deregister first, then register again (Microsoft's repair for macOS 13) [T], [CPP].
  {
    id: 'company-portal-deregister',
    text: 'step.companyPortalDeregister',
    helpdesk: 'step.companyPortalDeregister.helpdesk',
    when: { macOSMax: 13 },
  },
  {
    id: 'company-portal-register',
    text: 'step.companyPortalRegister',
    helpdesk: 'step.companyPortalRegister.helpdesk',
    when: { macOSMax: 13 },
  },
  { id: 'enter-mac-password', text: 'step.enterMacPassword', helpdesk: 'step.enterMacPassword.helpdesk' },
  { id: 'sign-in-microsoft', text: 'step.signInMicrosoft', helpdesk: 'step.signInMicrosoft.helpdesk' },
]

/** The step that waits on screen while the app re-probes for the playbook's evidence. */
export const waitForMac = (id: string, check: CompletionCheckId): PlaybookStep => ({
  id,
  text: 'step.waitForMac',
  helpdesk: 'step.waitForMac.helpdesk',
  check,
})
