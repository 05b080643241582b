// A disk slower than the checks cannot grow the history's write queue without bound.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { createHistoryStore, MAX_PENDING_HISTORY_WRITES } from '../../../main/node/history/historyStore'
import { macState } from '../../helpers/builtStates'

it('records at most the pending bound while writes queue up, then records again once idle', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'psso-history-backlog-'))
  try {
    const history = createHistoryStore({ dir })
    const at = (i: number) => new Date(Date.parse('2026-11-10T08:00:00Z') + i * 60_000).toISOString()
    const variant = (i: number) => (i % 2 === 0 ? 'healthy' : 'needsRegistration')
    // 100 transitions asked for at once, none awaited: the disk has not caught up with any.
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => history.recordState(macState(variant(i), at(i), at(i)))),
    )
    expect(results.filter(Boolean).length).toBe(MAX_PENDING_HISTORY_WRITES)
    await history.idle()
    expect((await history.read()).records).toHaveLength(MAX_PENDING_HISTORY_WRITES)
    // Once the queue drained, the next transition is recorded as usual.
    expect(await history.recordState(macState('healthy', at(200), at(200)))).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
