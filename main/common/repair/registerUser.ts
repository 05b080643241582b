/**
 * The Mac is registered but this user is not (shared Macs, a new user): register the user.
 * Apple registers the device first, then each user, with the same flow [AD-REG], [SH].
 */
import { registerStages } from './registerSteps'
import type { Playbook } from './types'

export const REGISTER_USER: Playbook = {
  id: 'register-user',
  title: 'registerUser.title',
  summary: 'registerUser.summary',
  verify: 'deviceAndUserRegistered',
  steps: registerStages({
    signIn: 'step.signInMicrosoft',
    check: 'deviceAndUserRegistered',
    help: 'registration.waitingHelp',
  }),
  afterwards: [],
}
