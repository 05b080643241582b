/**
 * Not configured yet, or Company Portal missing or too old: nothing the user can register yet.
 * What to wait for and whom to call [IC], [TS], [O].
 */
import type { Playbook } from './types'

export const NOT_CONFIGURED: Playbook = {
  id: 'not-configured',
  title: 'notConfigured.title',
  summary: 'notConfigured.summary',
  verify: 'configured',
  steps: [
    {
      id: 'company-portal',
      text: 'notConfigured.companyPortal',
      helpdesk: 'notConfigured.companyPortal.helpdesk',
      action: { kind: 'openCompanyPortal' },
    },
    {
      id: 'wait-for-settings',
      text: 'notConfigured.wait',
      helpdesk: 'notConfigured.wait.helpdesk',
      check: 'configured',
    },
    // The installed profiles moved in macOS 15: General > Device Management [AP-DM].
    { id: 'check-profiles', text: 'notConfigured.checkProfiles.macos15', when: { macOSMin: 15 } },
    { id: 'check-profiles-earlier', text: 'notConfigured.checkProfiles.earlier', when: { macOSMax: 14 } },
    { id: 'contact', text: 'helpdesk.contact', action: { kind: 'copyText', what: 'supportContact' } },
  ],
  afterwards: [],
}
