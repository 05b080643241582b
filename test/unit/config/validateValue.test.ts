// A list key with allowed values (EnabledPlaybooks once it names the playbook ids) accepts only those.
import { describe, expect, it } from 'vitest'
import type { ConfigKeySpec } from '../../../main/common/config/keys'
import { checkValue } from '../../../main/common/config/validateValue'

const playbooks: ConfigKeySpec = {
  type: 'array',
  format: 'id',
  allowed: ['password-reset', 'helpdesk-handoff'],
  default: null,
  example: ['password-reset'],
}

describe('checkValue with allowed list items', () => {
  it('accepts listed ids, including none', () => {
    expect(checkValue(playbooks, ['helpdesk-handoff', 'password-reset'])).toEqual({
      ok: true,
      value: ['helpdesk-handoff', 'password-reset'],
    })
    expect(checkValue(playbooks, [])).toEqual({ ok: true, value: [] })
  })

  it('names the allowed ids when one is not listed', () => {
    expect(checkValue(playbooks, ['password-reset', 'reboot'])).toEqual({
      ok: false,
      kind: 'invalidValue',
      expected: 'a list of up to 50 ids from: password-reset, helpdesk-handoff',
    })
  })

  it('still rejects a list of the wrong type first', () => {
    expect(checkValue(playbooks, [1])).toMatchObject({ ok: false, kind: 'wrongType' })
  })
})
