/**
 * Registration required, or the "Registration Required" notification never came. [IC], [TS], [SK], [CPP], [T]
 * Company Portal first (the prompt needs it), then Users & Groups; if no sign-in window appears:
 * Focus hides notifications, logging out and in brings them back, Company Portal can register too.
 */
import { REGISTER_IN_SETTINGS, waitForMac } from './registerSteps'
import type { Playbook } from './types'

export const REGISTRATION_REQUIRED: Playbook = {
  id: 'registration-required',
  title: 'registration.title',
  summary: 'registration.summary',
  verify: 'deviceAndUserRegistered',
  steps: [
    {
      id: 'check-company-portal',
      text: 'registration.checkCompanyPortal',
      helpdesk: 'registration.checkCompanyPortal.helpdesk',
      action: { kind: 'openCompanyPortal' },
    },
    ...REGISTER_IN_SETTINGS,
    {
      id: 'sign-in-appeared',
      text: 'registration.askSignInAppeared',
      question: {
        text: 'registration.askSignInAppeared',
        answers: [
          { id: 'yes', text: 'answer.yes', next: { step: 'confirm-registered' } },
          { id: 'no', text: 'answer.no', next: { step: 'focus' } },
        ],
      },
    },
    {
      id: 'focus',
      text: 'registration.focus',
      helpdesk: 'registration.focus.helpdesk',
      action: { kind: 'openSettings', pane: 'focus' },
    },
    { id: 'log-out-and-in', text: 'registration.logOutIn', helpdesk: 'registration.logOutIn.helpdesk' },
    {
      id: 'company-portal-register-device',
      text: 'step.companyPortalRegister',
      helpdesk: 'step.companyPortalRegister.helpdesk',
      action: { kind: 'openCompanyPortal' },
    },
    waitForMac('confirm-registered', 'deviceAndUserRegistered'),
  ],
  afterwards: [],
}
