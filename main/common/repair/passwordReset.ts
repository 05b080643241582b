/**
 * Password method, password reset in Microsoft Entra: the Mac's password did not follow. [T], [PL], [PRT]
 * Temporary passwords cannot sync, so a permanent one comes first (the first stage asks, "No" is
 * the default); then register again in Users & Groups, which works at once, where waiting for the
 * Mac's own prompt can take up to 4 hours.
 */
import { registerStages } from './registerSteps'
import type { Playbook } from './types'

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
      // Before the stage where the Mac could restart: which password its first screen wants.
      // Before the sync every macOS wants the old password there; after-care says what changes.
      notes: ['passwordReset.fileVault.beforeRestart'],
      help: 'passwordReset.waitingHelp',
    }),
  ],
  afterwards: [
    {
      id: 'after-care',
      text: 'passwordReset.afterCare',
      checklist: [
        'passwordReset.useNewPassword',
        { text: 'passwordReset.fileVault.macos15', when: { macOSMin: 15 } },
        { text: 'passwordReset.fileVault.earlier', when: { macOSMax: 14 } },
        'passwordReset.keychain',
      ],
    },
  ],
}
