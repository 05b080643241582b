/**
 * The registration stages several playbooks share: System Settings › Users & Groups on macOS 14+,
 * Company Portal on macOS 13, which has no Settings UI for Platform SSO [AY], [J1], [T], [NT]; then
 * the Microsoft sign-in window. The Mac shows when the Mac password was taken (needs new keys) and
 * when the sign-in finished, so neither stage needs the user's word.
 */
import type { ChecklistItem, CompletionCheckId, PlaybookStep, TextKey } from './types'

export interface RegisterOptions {
  /** The sign-in line: which Microsoft password this user's situation wants. */
  signIn: TextKey
  /** The playbook's proof, awaited in the last stage. */
  check: CompletionCheckId
  /** Said before the Settings stage (what matters if the Mac restarts meanwhile). */
  notes?: readonly ChecklistItem[]
  /** Offered in the Settings stage after a while. */
  help?: TextKey
}

export function registerStages({ signIn, check, notes, help }: RegisterOptions): readonly PlaybookStep[] {
  const extras = { ...(notes ? { notes } : {}), ...(help ? { help } : {}) }
  return [
    {
      id: 'open-users-and-groups',
      text: 'stage.usersAndGroups',
      helpdesk: 'step.openUsersAndGroups.helpdesk',
      place: 'usersAndGroups',
      checklist: ['step.networkAccountServerEdit', 'step.clickRegisterOrRepair', 'step.enterMacPassword'],
      action: { kind: 'openSettings', pane: 'usersAndGroups' },
      advanceWhen: ['registrationUnderway'],
      when: { macOSMin: 14 },
      ...extras,
    },
    {
      id: 'open-company-portal',
      text: 'step.macos13NoSettings',
      helpdesk: 'step.macos13NoSettings.helpdesk',
      place: 'companyPortal',
      // macOS 13: Deregister first, then register again (Microsoft's repair for macOS 13) [T], [CPP].
      checklist: ['step.companyPortalDeregister', 'step.companyPortalRegister', 'step.enterMacPassword'],
      action: { kind: 'openCompanyPortal' },
      advanceWhen: ['registrationUnderway'],
      when: { macOSMax: 13 },
      ...extras,
    },
    {
      id: 'sign-in-microsoft',
      text: 'stage.signInMicrosoft',
      helpdesk: 'step.signInMicrosoft.helpdesk',
      place: 'microsoftSignIn',
      checklist: [signIn, 'step.approveSignIn'],
      check,
      help: 'stage.signInHelp',
    },
  ]
}
