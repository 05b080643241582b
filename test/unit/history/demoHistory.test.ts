import { describe, expect, it } from 'vitest'
import { summarizeHistory } from '../../../main/common/history/timeline'
import { createDemoHistory } from '../../../main/node/history/demoHistory'
import { macState } from '../../helpers/builtStates'

describe('demo history (preview scenarios)', () => {
  it('seeds a healthy past before the first state, then records transitions only', async () => {
    const history = createDemoHistory({ seedPast: true })
    await history.recordState(macState('needsRegistration', '2026-11-12T09:14:00Z', '2026-11-11T09:00:00Z'))
    await history.recordState(macState('needsRegistration', '2026-11-12T09:20:00Z', '2026-11-11T09:00:00Z'))
    const { records } = await history.read()
    expect(records.map((r) => [r.at, r.verdict])).toEqual([
      ['2026-11-09T09:14:00Z', 'healthy'],
      ['2026-11-11T09:14:00Z', 'healthy'],
      ['2026-11-12T09:14:00Z', 'broken'],
    ])
    const { headlines } = summarizeHistory(records, {
      now: Date.parse('2026-11-12T10:00:00Z'),
      language: 'en',
      locale: 'en-GB',
      timeZone: 'UTC',
    })
    expect(headlines).toContain('Registration lost on 12 Nov at 09:14')
  })

  it('has no made-up past for a Mac without Platform SSO', async () => {
    const history = createDemoHistory({ seedPast: true })
    const state = macState('healthy')
    state.psso.configured = false
    await history.recordState(state)
    expect((await history.read()).records).toHaveLength(1)
  })
})
