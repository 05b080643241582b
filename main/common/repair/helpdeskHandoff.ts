/** Any playbook can end here: the organisation's contact details and, later, the support code. */
import type { Playbook } from './types'

export const HELPDESK_HANDOFF: Playbook = {
  id: 'helpdesk-handoff',
  title: 'helpdesk.title',
  summary: 'helpdesk.summary',
  verify: null,
  steps: [
    { id: 'contact', text: 'helpdesk.contact', action: { kind: 'copyText', what: 'supportContact' } },
    { id: 'support-code', text: 'helpdesk.supportCode', action: { kind: 'copyText', what: 'supportCode' } },
    { id: 'keep-open', text: 'helpdesk.keepOpen' },
  ],
  afterwards: [],
}
