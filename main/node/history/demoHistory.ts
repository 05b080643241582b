/**
 * History for the browser preview's demo scenarios: kept in memory (a demo writes nothing to disk)
 * and seeded with a plausible past, a healthy Mac whose tokens were refreshed in the days before
 * the scenario's first state, so the helpdesk timeline has something to tell.
 */
import { historyRecordFromState, isTransition, type HistoryRecord } from '../../common/history/historyRecord'
import type { MacState } from '../../common/model/macState'
import { formatIsoSeconds } from '../../common/time'
import type { HistorySource } from './historyStore'

const DAY = 86_400_000

/** Two healthy records, 3 and 1 days before `state` was captured; none for an unconfigured Mac. */
export function demoPastOf(state: MacState): HistoryRecord[] {
  if (state.psso.configured !== true) return []
  const now = Date.parse(state.capturedAt)
  const healthyAt = (ms: number): HistoryRecord => ({
    ...historyRecordFromState(state),
    at: formatIsoSeconds(ms),
    verdict: 'healthy',
    deviceRegistered: true,
    userRegistered: true,
    userStateClass: 'normal',
    tokensReceivedAt: formatIsoSeconds(ms),
    tokensExpiresAt: formatIsoSeconds(ms + 14 * DAY),
    findings: [],
  })
  return [healthyAt(now - 3 * DAY), healthyAt(now - 1 * DAY)]
}

/** An in-memory history; `seedPast` adds demoPastOf(first state) (demo scenarios only, never live). */
export function createDemoHistory({ seedPast }: { seedPast: boolean }): HistorySource {
  const records: HistoryRecord[] = []
  return {
    async read() {
      return { records: [...records], skippedLines: 0 }
    },
    async recordState(state) {
      if (records.length === 0 && seedPast) records.push(...demoPastOf(state))
      const record = historyRecordFromState(state)
      if (!isTransition(records.at(-1) ?? null, record)) return false
      records.push(record)
      return true
    },
  }
}
