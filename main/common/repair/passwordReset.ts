/**
 * Password method, password reset in Microsoft Entra: the Mac's password did not follow. [T], [PL], [PRT]
 * Temporary passwords cannot sync, so a permanent one comes first. Which password opens the FileVault
 * screen is said before anything that could restart the Mac (the new one only on macOS 15+ with
 * FileVaultPolicy) [T], [IC], [AY]. Then lock and unlock, and the sign-in notification that does the
 * sync (macOS asks within 4 hours; Focus can hide it) [T], [J1]; only then register again in Users & Groups.
 */
import { REGISTER_IN_SETTINGS, waitForMac } from './registerSteps'
import type { Playbook, PlaybookStep } from './types'

/** What opens the FileVault screen if the Mac restarts before the sync: one of these shows. */
const FILEVAULT_BEFORE_RESTART: readonly PlaybookStep[] = [
  {
    id: 'filevault-new-password',
    text: 'passwordReset.fileVault.newPassword',
    helpdesk: 'passwordReset.fileVault.newPassword.helpdesk',
    when: { macOSMin: 15, fileVaultTakesNewPassword: true },
  },
  {
    id: 'filevault-old-password',
    text: 'passwordReset.fileVault.oldPassword',
    helpdesk: 'passwordReset.fileVault.oldPassword.helpdesk',
    when: { fileVaultTakesNewPassword: false },
  },
  {
    id: 'filevault-policy-unknown',
    text: 'passwordReset.fileVault.unknown',
    helpdesk: 'passwordReset.fileVault.unknown.helpdesk',
    when: { fileVaultTakesNewPassword: null },
  },
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
          { id: 'yes', text: 'answer.yes', next: { step: 'set-permanent-password' } },
          { id: 'no', text: 'answer.no', next: { step: 'filevault-new-password' } },
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
    ...FILEVAULT_BEFORE_RESTART,
    {
      id: 'lock-and-unlock',
      text: 'passwordReset.lockAndUnlock',
      helpdesk: 'passwordReset.lockAndUnlock.helpdesk',
    },
    {
      id: 'sign-in-notification',
      text: 'passwordReset.signInNotification',
      helpdesk: 'passwordReset.signInNotification.helpdesk',
      action: { kind: 'openSettings', pane: 'focus' },
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
    { id: 'keychain', text: 'passwordReset.keychain', helpdesk: 'passwordReset.keychain.helpdesk' },
  ],
}
