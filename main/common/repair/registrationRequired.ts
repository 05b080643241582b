/**
 * Registration required, or the "Registration Required" notification never came. [IC], [TS], [SK], [CPP], [T]
 * Register in Users & Groups (Company Portal on macOS 13); when no sign-in window comes, the help
 * says why (Focus hides notifications, logging out and in brings them back, Company Portal can
 * register too).
 */
import { registerStages } from './registerSteps'
import type { Playbook } from './types'

export const REGISTRATION_REQUIRED: Playbook = {
  id: 'registration-required',
  title: 'registration.title',
  summary: 'registration.summary',
  verify: 'deviceAndUserRegistered',
  steps: registerStages({
    signIn: 'step.signInMicrosoft',
    check: 'deviceAndUserRegistered',
    help: 'registration.waitingHelp',
  }),
  afterwards: [],
}
