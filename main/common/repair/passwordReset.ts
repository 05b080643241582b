/**
 * Password method, password reset in Microsoft Entra: the Mac's password did not follow. [T], [PL], [PRT]
 * Temporary passwords cannot sync, so a permanent one comes first (the first stage asks, "No" is
 * the default). Then the Settings stage says, before anything that could restart the Mac, which
 * password opens the FileVault screen (the new one only on macOS 15+ with FileVaultPolicy) [T], [IC],
 * [AY], and that the sign-in notification alone may do the sync (macOS asks within 4 hours; Focus can
 * hide it) [T], [J1]; registering again in Users & Groups works at once. The Mac watches either way.
 */
import { registerStages } from './registerSteps'
import type { ChecklistItem, Playbook } from './types'

/** What opens the FileVault screen if the Mac restarts before the sync: one of these shows. */
const FILEVAULT_BEFORE_RESTART: readonly ChecklistItem[] = [
  {
    text: 'passwordReset.fileVault.newPassword',
    when: { macOSMin: 15, fileVaultTakesNewPassword: true },
  },
  { text: 'passwordReset.fileVault.oldPassword', when: { fileVaultTakesNewPassword: false } },
  { text: 'passwordReset.fileVault.unknown', when: { fileVaultTakesNewPassword: null } },
]

export const PASSWORD_RESET: Playbook = {
  id: 'password-reset',
  title: 'passwordReset.title',
  summary: 'passwordReset.summary',
  verify: 'reRegistered',
  steps: [
    {
      id: 'temporary-password',
      text: 'passwordReset.askTemporary',
      question: {
        text: 'passwordReset.askTemporary',
        answers: [
          { id: 'no', text: 'passwordReset.answerOwnPassword', next: { step: 'open-users-and-groups' } },
          { id: 'yes', text: 'passwordReset.answerTemporary', next: { step: 'set-permanent-password' } },
        ],
      },
    },
    {
      id: 'set-permanent-password',
      text: 'passwordReset.setPermanent',
      helpdesk: 'passwordReset.setPermanent.helpdesk',
      place: 'browser',
      checklist: ['passwordReset.setPermanent.signInTemporary', 'passwordReset.setPermanent.chooseNew'],
      action: { kind: 'openPasswordChange' },
      advanceOnAction: true,
    },
    ...registerStages({
      signIn: 'passwordReset.signInNew',
      check: 'reRegistered',
      notes: ['passwordReset.signInNotification', ...FILEVAULT_BEFORE_RESTART],
      sheetNotes: ['passwordReset.macPasswordIsOld'],
      help: 'passwordReset.waitingHelp',
    }),
  ],
  afterwards: [
    {
      id: 'after-care',
      text: 'passwordReset.afterCare',
      checklist: ['passwordReset.useNewPassword', 'passwordReset.keychain'],
    },
  ],
}
