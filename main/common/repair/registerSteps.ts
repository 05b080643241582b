/**
 * The registration stages several playbooks share: System Settings › Users & Groups on macOS 14+,
 * Company Portal on macOS 13, which has no Settings UI for Platform SSO [AY], [J1], [T], [NT]; the
 * sheet in which macOS asks for the Mac password [J2]; then the Microsoft sign-in window. The Mac
 * shows when the Mac password was taken (needs new keys) and when the sign-in finished, so neither
 * needs the user's word; it shows nothing between Repair and the sheet, so those two show together.
 */
import type { ChecklistItem, CompletionCheckId, PlaybookStep, TextKey } from './types'

export interface RegisterOptions {
  /** The sign-in line: which Microsoft password this user's situation wants. */
  signIn: TextKey
  /** The playbook's proof, awaited in the last stage. */
  check: CompletionCheckId
  /** Said before the Settings stage (what matters if the Mac restarts meanwhile). */
  notes?: readonly ChecklistItem[]
  /** Said in the Mac-password sheet's stage: which password it is not. */
  sheetNotes?: readonly ChecklistItem[]
  /** Offered in the Settings stage after a while. */
  help?: TextKey
}

export function registerStages({
  signIn,
  check,
  notes,
  sheetNotes,
  help,
}: RegisterOptions): readonly PlaybookStep[] {
  const extras = { ...(notes ? { notes } : {}), ...(help ? { help } : {}) }
  return [
    {
      id: 'open-users-and-groups',
      text: 'stage.usersAndGroups',
      helpdesk: 'step.openUsersAndGroups.helpdesk',
      place: 'usersAndGroups',
      checklist: ['step.networkAccountServerEdit', 'step.clickRegisterOrRepair'],
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
      checklist: ['step.companyPortalDeregister', 'step.companyPortalRegister'],
      action: { kind: 'openCompanyPortal' },
      advanceWhen: ['registrationUnderway'],
      when: { macOSMax: 13 },
      ...extras,
    },
    {
      id: 'enter-mac-password',
      text: 'stage.macPasswordSheet',
      helpdesk: 'step.enterMacPassword.helpdesk',
      place: 'passwordSheet',
      checklist: ['step.enterMacPassword', 'step.clickOk'],
      ...(sheetNotes ? { notes: sheetNotes } : {}),
      opensFromPrevious: true,
      advanceWhen: ['registrationUnderway'],
      help: 'stage.macPasswordSheetHelp',
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
