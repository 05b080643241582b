/** Every playbook by id (one file each in this folder). */
import { HELPDESK_HANDOFF } from './helpdeskHandoff'
import { NOT_CONFIGURED } from './notConfigured'
import { PASSWORD_RESET } from './passwordReset'
import { REFRESH_TOKENS } from './refreshTokens'
import { REGISTER_USER } from './registerUser'
import { REGISTRATION_REQUIRED } from './registrationRequired'
import { SECURE_ENCLAVE_PASSWORD } from './secureEnclavePassword'
import type { Playbook, PlaybookId } from './types'

export const PLAYBOOKS: Record<PlaybookId, Playbook> = {
  'password-reset': PASSWORD_RESET,
  'registration-required': REGISTRATION_REQUIRED,
  'register-user': REGISTER_USER,
  'refresh-tokens': REFRESH_TOKENS,
  'secure-enclave-password': SECURE_ENCLAVE_PASSWORD,
  'not-configured': NOT_CONFIGURED,
  'helpdesk-handoff': HELPDESK_HANDOFF,
}
