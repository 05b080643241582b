/**
 * Secure Enclave method: the Mac password never follows the Entra password, by design [IC], [O].
 * Explain, don't repair; then how to make Company Portal the passkey provider [T], [J1], [NT]
 * (macOS 14: Passwords > Password Options; macOS 15+: General > AutoFill & Passwords).
 */
import type { Playbook } from './types'

export const SECURE_ENCLAVE_PASSWORD: Playbook = {
  id: 'secure-enclave-password',
  title: 'secureEnclave.title',
  summary: 'secureEnclave.summary',
  verify: null,
  steps: [
    {
      id: 'keep-mac-password',
      text: 'secureEnclave.keepMacPassword',
      helpdesk: 'secureEnclave.keepMacPassword.helpdesk',
    },
    {
      id: 'passkey-settings-macos14',
      text: 'secureEnclave.passkeyMacos14',
      action: { kind: 'openSettings', pane: 'passwords' },
      when: { macOSMax: 14 },
    },
    {
      id: 'passkey-settings-macos15',
      text: 'secureEnclave.passkeyMacos15',
      // No documented pane id: urls.ts falls back to Users & Groups (psso-domain.md §4.6).
      action: { kind: 'openSettings', pane: 'autofillAndPasswords' },
      when: { macOSMin: 15 },
    },
    {
      id: 'passkey-company-portal',
      text: 'secureEnclave.passkeyToggle',
      helpdesk: 'secureEnclave.passkeyToggle.helpdesk',
    },
  ],
  afterwards: [],
}
