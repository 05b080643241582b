/**
 * The Mac is registered but this user is not (shared Macs, a new user): register the user.
 * Apple registers the device first, then each user, with the same flow [AD-REG], [SH].
 */
import { REGISTER_IN_SETTINGS, waitForMac } from './registerSteps'
import type { Playbook } from './types'

export const REGISTER_USER: Playbook = {
  id: 'register-user',
  title: 'registerUser.title',
  summary: 'registerUser.summary',
  verify: 'deviceAndUserRegistered',
  steps: [...REGISTER_IN_SETTINGS, waitForMac('confirm-registered', 'deviceAndUserRegistered')],
  afterwards: [],
}
