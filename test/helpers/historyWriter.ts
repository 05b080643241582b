/**
 * A separate writer process for the history rotation test: `node --import tsx historyWriter.ts
 * DIR WRITER COUNT MAX_FILE_BYTES START_AT` waits until START_AT (epoch ms, so that every writer
 * starts together), then appends COUNT records whose `at` encodes WRITER and the index.
 */
import { historyRecordFromState } from '../../main/common/history/historyRecord'
import { createHistoryStore } from '../../main/node/history/historyStore'
import { macState } from './builtStates'

const [dir, writer, count, maxFileBytes, startAt] = process.argv.slice(2)
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())))
const store = createHistoryStore({ dir: dir!, maxFileBytes: Number(maxFileBytes) })
const base = historyRecordFromState(macState('healthy', '2026-11-10T08:00:00Z'))
for (let index = 0; index < Number(count); index++) {
  // writer w, record i → a unique second count from 2026-01-01.
  const at = new Date(Date.UTC(2026, 0, 1) + (Number(writer) * 100_000 + index) * 1000).toISOString()
  await store.append({ ...base, at: at.replace('.000', '') })
}
