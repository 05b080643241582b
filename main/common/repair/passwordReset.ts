/**
 * Password method, password reset in Microsoft Entra: the Mac's password did not follow. [T], [PL], [PRT]
 * Temporary passwords cannot sync, so a permanent one comes first; then either lock and unlock
 * (macOS asks for the new password within 4 hours) or register again in Users & Groups.
 */
import { REGISTER_IN_SETTINGS, waitForMac } from './registerSteps'
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
          { id: 'yes', text: 'answer.yes', next: { step: 'set-permanent-password' } },
          { id: 'no', text: 'answer.no', next: { step: 'lock-and-unlock' } },
          { id: 'not-sure', text: 'answer.notSure', next: { step: 'set-permanent-password' } },
        ],
      },
    },
    {
      id: 'set-permanent-password',
      text: 'passwordReset.setPermanent',
      helpdesk: 'passwordReset.setPermanent.helpdesk',
      action: { kind: 'openPasswordChange' },
    },
    {
      id: 'lock-and-unlock',
      text: 'passwordReset.lockAndUnlock',
      helpdesk: 'passwordReset.lockAndUnlock.helpdesk',
    },
    {
      id: 'asked-for-new-password',
      text: 'passwordReset.askPrompted',
      question: {
        text: 'passwordReset.askPrompted',
        answers: [
          { id: 'yes', text: 'answer.yes', next: { step: 'sign-in-when-asked' } },
          { id: 'no', text: 'answer.no', next: { step: 'open-users-and-groups' } },
        ],
      },
    },
    // "Yes" skips the Settings path but not the verification: success needs evidence. If the Mac
    // never shows it, Next leads on to registering in Settings.
    { id: 'sign-in-when-asked', text: 'passwordReset.signInWhenAsked' },
    waitForMac('wait-for-sign-in', 'reRegistered'),
    ...REGISTER_IN_SETTINGS,
    waitForMac('confirm-registered', 'reRegistered'),
  ],
  afterwards: [
    { id: 'use-new-password', text: 'passwordReset.useNewPassword' },
    {
      id: 'filevault-macos15',
      text: 'passwordReset.fileVault.macos15',
      helpdesk: 'passwordReset.fileVault.macos15.helpdesk',
      when: { macOSMin: 15 },
    },
    {
      id: 'filevault-earlier',
      text: 'passwordReset.fileVault.earlier',
      helpdesk: 'passwordReset.fileVault.earlier.helpdesk',
      when: { macOSMax: 14 },
    },
    { id: 'keychain', text: 'passwordReset.keychain', helpdesk: 'passwordReset.keychain.helpdesk' },
  ],
}
