/**
 * SSO tokens missing or expired: macOS renews them at unlock, sooner when missing or expired, and
 * asks for a sign-in once when it must [PRT], [PL], [J1]. Verified by tokens received after the
 * start: one stage at the lock screen, the Mac tells when it is done. A password reset in Entra
 * also ends in expired tokens, with other after-care: the first stage asks ("No" is the default).
 */
import type { Playbook } from './types'

export const REFRESH_TOKENS: Playbook = {
  id: 'refresh-tokens',
  title: 'refreshTokens.title',
  summary: 'refreshTokens.summary',
  verify: 'freshTokens',
  steps: [
    {
      id: 'password-changed',
      text: 'refreshTokens.askPasswordChanged',
      question: {
        text: 'refreshTokens.askPasswordChanged',
        asks: 'reportedEntraPasswordReset',
        answers: [
          { id: 'no', text: 'answer.no', next: { step: 'lock-and-unlock' } },
          { id: 'yes', text: 'answer.yes', next: { playbook: 'password-reset' } },
        ],
      },
    },
    {
      id: 'lock-and-unlock',
      text: 'refreshTokens.lockAndUnlock',
      helpdesk: 'refreshTokens.lockAndUnlock.helpdesk',
      place: 'lockScreen',
      checklist: ['refreshTokens.chooseLockScreen', 'refreshTokens.unlock', 'refreshTokens.signInOnce'],
      check: 'freshTokens',
      help: 'refreshTokens.waitingHelp',
    },
  ],
  afterwards: [],
}
