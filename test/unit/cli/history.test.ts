// `psso-helper history`: reads what the app recorded under PSSO_HELPER_DATA_DIR.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXIT_OK, EXIT_USAGE } from '../../../main/node/cli/main'
import { HISTORY_FILE, createHistoryStore } from '../../../main/node/history/historyStore'
import { historyDir } from '../../../main/node/history/historyLocation'
import { macState } from '../../helpers/builtStates'
import { runCliCaptured } from '../../helpers/runCli'

let dataDir: string
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'psso-data-'))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

const cli = (argv: string[]) =>
  runCliCaptured(argv, {
    env: { PSSO_HELPER_DATA_DIR: dataDir },
    now: () => Date.parse('2026-11-12T18:00:00Z'),
  })

describe('history command', () => {
  it('prints the recorded transitions as JSON, oldest first, and names skipped lines', async () => {
    const store = createHistoryStore({ dir: historyDir(dataDir) })
    await store.recordState(macState('healthy', '2026-11-10T08:00:00Z'))
    await store.recordState(macState('needsRegistration', '2026-11-12T09:14:00Z', '2026-11-10T08:00:00Z'))
    appendFileSync(path.join(historyDir(dataDir), HISTORY_FILE), '{"cut off')
    const { code, stdout, stderr } = await cli(['history', '--json'])
    expect(code).toBe(EXIT_OK)
    const json = JSON.parse(stdout)
    expect(json.records.map((r: { verdict: string }) => r.verdict)).toEqual(['healthy', 'broken'])
    expect(json.records[1].findings).toEqual(['user-needs-registration'])
    expect(json.skippedLines).toBe(1)
    expect(stderr).toContain('Skipped 1 unreadable line')
  })

  it('prints an empty history when the app never ran', async () => {
    const { code, stdout } = await cli(['history', '--json'])
    expect(code).toBe(EXIT_OK)
    expect(JSON.parse(stdout)).toEqual({ records: [], skippedLines: 0 })
    expect((await cli(['history'])).stdout).toBe('No history yet\n')
  })

  it('rejects arguments', async () => {
    expect((await cli(['history', 'extra'])).code).toBe(EXIT_USAGE)
  })
})
