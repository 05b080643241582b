import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  existsSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { historyRecordFromState, type HistoryRecord } from '../../../main/common/history/historyRecord'
import {
  HISTORY_FILE,
  PREVIOUS_HISTORY_FILE,
  createHistoryStore,
} from '../../../main/node/history/historyStore'
import { macState } from '../../helpers/builtStates'

let dir: string
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'psso-history-')), 'history')
})
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }))

const at = (minute: number) => new Date(Date.UTC(2026, 10, 10, 8, minute)).toISOString().replace('.000', '')
const record = (minute: number, verdict: HistoryRecord['verdict'] = 'healthy'): HistoryRecord => ({
  ...historyRecordFromState(macState(verdict === 'broken' ? 'needsRegistration' : 'healthy', at(minute))),
  verdict,
})

describe('history store', () => {
  it('appends whole lines and reads them back in order, creating its folder', async () => {
    const store = createHistoryStore({ dir })
    await store.append(record(0))
    await store.append(record(1, 'broken'))
    const lines = readFileSync(path.join(dir, HISTORY_FILE), 'utf8').split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    const { records, skippedLines } = await store.read()
    expect(records.map((r) => [r.at, r.verdict])).toEqual([
      [at(0), 'healthy'],
      [at(1), 'broken'],
    ])
    expect(skippedLines).toBe(0)
  })

  it('reads an empty history when nothing was written yet', async () => {
    expect(await createHistoryStore({ dir }).read()).toEqual({ records: [], skippedLines: 0 })
  })

  it('keeps every earlier record when the last line was cut off mid-write, and appends after it', async () => {
    const store = createHistoryStore({ dir })
    for (let minute = 0; minute < 3; minute += 1) await store.append(record(minute))
    const file = path.join(dir, HISTORY_FILE)
    // A power loss in the middle of the third line: its end and its newline never reached the disk.
    truncateSync(file, statSync(file).size - 25)
    const afterCrash = await createHistoryStore({ dir }).read()
    expect(afterCrash.records.map((r) => r.at)).toEqual([at(0), at(1)])
    expect(afterCrash.skippedLines).toBe(1)

    const restarted = createHistoryStore({ dir })
    await restarted.append(record(5, 'broken'))
    const { records, skippedLines } = await restarted.read()
    expect(records.map((r) => r.at)).toEqual([at(0), at(1), at(5)])
    expect(skippedLines).toBe(1)
  })

  it('skips lines that are not records (garbage, wrong shape) without failing', async () => {
    const store = createHistoryStore({ dir })
    await store.append(record(0))
    appendFileSync(path.join(dir, HISTORY_FILE), 'not json\n{"v":1,"verdict":"great"}\n')
    await store.append(record(2))
    const { records, skippedLines } = await store.read()
    expect(records.map((r) => r.at)).toEqual([at(0), at(2)])
    expect(skippedLines).toBe(2)
  })

  it('rotates by size into one previous file and reads across both', async () => {
    const lineBytes = JSON.stringify(record(0)).length + 1
    const store = createHistoryStore({ dir, maxFileBytes: lineBytes * 3 })
    for (let minute = 0; minute < 7; minute += 1) await store.append(record(minute))
    // 7 lines, 3 per file: the oldest file was replaced once; the newest 4 remain, in order.
    expect(existsSync(path.join(dir, PREVIOUS_HISTORY_FILE))).toBe(true)
    const { records } = await store.read()
    expect(records.map((r) => r.at)).toEqual([at(3), at(4), at(5), at(6)])
  })

  it('stays bounded over 10,000 transitions and keeps the newest ones', async () => {
    const maxFileBytes = 64 * 1024
    const store = createHistoryStore({ dir, maxFileBytes })
    for (let index = 0; index < 10_000; index += 1)
      await store.append(record(index, index % 2 === 0 ? 'healthy' : 'broken'))
    const total =
      statSync(path.join(dir, HISTORY_FILE)).size + statSync(path.join(dir, PREVIOUS_HISTORY_FILE)).size
    expect(total).toBeLessThanOrEqual(2 * maxFileBytes)
    const { records, skippedLines } = await store.read()
    expect(skippedLines).toBe(0)
    expect(records.at(-1)!.at).toBe(at(9_999))
    expect(records.length).toBeGreaterThan(100)
    // Consecutive, oldest first: nothing in the middle was lost.
    const minutes = records.map((r) => Date.parse(r.at) / 60_000)
    expect(minutes.every((minute, i) => i === 0 || minute === minutes[i - 1]! + 1)).toBe(true)
  }, 120_000) // 10,000 fsynced appends: slow on a busy 2-core machine, not a performance test

  it('records a state only when something other than the time changed', async () => {
    const store = createHistoryStore({ dir })
    const recorded = [
      await store.recordState(macState('healthy', at(0), at(0))),
      await store.recordState(macState('healthy', at(30), at(0))), // same facts, later
      await store.recordState(macState('needsRegistration', at(60), at(0))),
      await store.recordState(macState('needsRegistration', at(90), at(0))),
      await store.recordState(macState('healthy', at(120), at(120))),
    ]
    expect(recorded).toEqual([true, false, true, false, true])
    // A new store (an app restart) compares with what is on disk, not with nothing.
    expect(await createHistoryStore({ dir }).recordState(macState('healthy', at(150), at(120)))).toBe(false)
  })

  it('judges overlapping calls in order (a wake and an unlock a moment apart)', async () => {
    const store = createHistoryStore({ dir })
    const results = await Promise.all([
      store.recordState(macState('healthy', at(0), at(0))),
      store.recordState(macState('healthy', at(1), at(0))),
      store.recordState(macState('needsRegistration', at(2), at(0))),
    ])
    expect(results).toEqual([true, false, true])
  })

  it('writes no identifiers or raw output', async () => {
    const store = createHistoryStore({ dir })
    await store.recordState(macState('healthy'))
    const text = readFileSync(path.join(dir, HISTORY_FILE), 'utf8')
    expect(text).not.toContain('casey@example.com')
    expect(text).not.toContain('11111111-2222')
    expect(text).not.toContain('99999999-8888')
    expect(Object.keys(JSON.parse(text))).toEqual([
      'v',
      'at',
      'verdict',
      'method',
      'deviceRegistered',
      'userRegistered',
      'userStateClass',
      'tokensReceivedAt',
      'tokensExpiresAt',
      'findings',
    ])
  })
})
