/**
 * The playbook ids, on their own: the configuration keys (which playbooks an admin may disable)
 * and the IPC handlers need the list without the playbook model, its texts or its URLs.
 */
export const PLAYBOOK_IDS = [
  'password-reset',
  'registration-required',
  'register-user',
  'refresh-tokens',
  'secure-enclave-password',
  'not-configured',
  'helpdesk-handoff',
] as const
export type PlaybookId = (typeof PLAYBOOK_IDS)[number]

export const isPlaybookId = (id: string): id is PlaybookId => (PLAYBOOK_IDS as readonly string[]).includes(id)
