// History rotation with several writers at once: separate processes (as the app and its CLI are)
// and separate stores in one process. No writer fails and no record is lost to a double rotation.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { historyRecordFromState } from '../../../main/common/history/historyRecord'
import {
  createHistoryStore,
  HISTORY_FILE,
  PREVIOUS_HISTORY_FILE,
} from '../../../main/node/history/historyStore'
import { macState } from '../../helpers/builtStates'
import { REPO } from '../../helpers/fakeSysroot'

const run = promisify(execFile)
const base = historyRecordFromState(macState('healthy', '2026-11-10T08:00:00Z'))
const lineBytes = JSON.stringify(base).length + 1

/** Every record in both files: the total must be all that was written (both files hold them all). */
const countRecords = (dir: string) =>
  [HISTORY_FILE, PREVIOUS_HISTORY_FILE]
    .map((name) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean).length
      } catch {
        return 0
      }
    })
    .reduce((a, b) => a + b, 0)

describe('history rotation with concurrent writers', () => {
  it('20 stores in one process appending at once: every append succeeds, nothing rotated twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-rotation-'))
    // 20 × 30 = 600 records; each file holds 400, so exactly one rotation is due and both files keep all.
    const maxFileBytes = lineBytes * 400
    const writers = Array.from({ length: 20 }, () => createHistoryStore({ dir, maxFileBytes }))
    const results = await Promise.allSettled(
      writers.map(async (store, w) => {
        for (let i = 0; i < 30; i++)
          await store.append({
            ...base,
            at: new Date(Date.UTC(2026, 0, 1, 0, w, i)).toISOString().replace('.000', ''),
          })
      }),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect(countRecords(dir)).toBe(600)
  })

  it('8 processes appending at once: no ENOENT, and every record is in one of the two files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-rotation-'))
    const perWriter = 40
    const maxFileBytes = lineBytes * 200 // 320 records: one rotation due, both files keep them all
    const script = path.join(REPO, 'test/helpers/historyWriter.ts')
    const startAt = String(Date.now() + 10_000) // after every process has started, even on a busy machine
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, w) =>
        run(
          process.execPath,
          ['--import', 'tsx', script, dir, String(w), String(perWriter), String(maxFileBytes), startAt],
          {
            cwd: REPO,
            timeout: 60_000,
          },
        ),
      ),
    )
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([])
    expect(countRecords(dir)).toBe(8 * perWriter)
    const { records, skippedLines } = await createHistoryStore({ dir, maxFileBytes }).read()
    expect(skippedLines).toBe(0)
    expect(new Set(records.map((r) => r.at)).size).toBe(8 * perWriter)
  }, 90_000)
})
