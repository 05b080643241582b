/**
 * The Mac is registered but this user is not (shared Macs, a new user): register the user.
 * Apple registers the device first, then each user, with the same flow [AD-REG], [SH], so the
 * stages, the proof and the help are the registration's own.
 */
import { REGISTRATION_REQUIRED } from './registrationRequired'
import type { Playbook } from './types'

export const REGISTER_USER: Playbook = {
  ...REGISTRATION_REQUIRED,
  id: 'register-user',
  title: 'registerUser.title',
  summary: 'registerUser.summary',
}
