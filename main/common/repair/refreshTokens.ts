/**
 * SSO tokens missing or expired: macOS renews them at unlock, sooner when missing or expired, and
 * asks for a sign-in once when it must [PRT], [PL], [J1]. Verified by tokens received after the start.
 */
import type { Playbook } from './types'

export const REFRESH_TOKENS: Playbook = {
  id: 'refresh-tokens',
  title: 'refreshTokens.title',
  summary: 'refreshTokens.summary',
  verify: 'freshTokens',
  steps: [
    {
      id: 'lock-and-unlock',
      text: 'refreshTokens.lockAndUnlock',
      helpdesk: 'refreshTokens.lockAndUnlock.helpdesk',
    },
    {
      id: 'sign-in-once',
      text: 'refreshTokens.signInOnce',
      helpdesk: 'refreshTokens.signInOnce.helpdesk',
      check: 'freshTokens',
    },
  ],
  afterwards: [],
}
