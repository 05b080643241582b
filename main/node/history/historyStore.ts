/**
 * The local history of state transitions: JSON Lines in the app's data folder, bounded by size.
 *
 * Crash safety: every record is one whole line appended with a single write and fsynced, so a crash
 * or power loss can cut off at most the line being written; the next append starts a fresh line so
 * the cut one stays alone, and reading skips it. When the file is full it becomes the previous file
 * by an atomic rename (replacing the older one), so at most two files and 2 x maxFileBytes exist.
 *
 * Several processes may write (the app, its CLI): rotation happens under a lock file, and whoever
 * holds it looks at the file again first, so a file another writer has just rotated is not rotated
 * a second time (which would replace the previous file with an almost empty one). A line appended
 * through a descriptor opened before a rotation lands in the previous file: kept, not lost.
 */
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  historyRecordFromState,
  historyRecordSchema,
  isTransition,
  type HistoryRecord,
} from '../../common/history/historyRecord'
import type { MacState } from '../../common/model/macState'
import { describeBoundedRead, readBoundedFile } from '../files/readBounded'
// Waiting for another process's lock is wall-clock time (not a test's fake clock).
import { setTimeout } from 'node:timers'

export const HISTORY_FILE = 'history.jsonl'
export const PREVIOUS_HISTORY_FILE = 'history.1.jsonl'
export const ROTATION_LOCK_FILE = 'history.lock'
/** A lock older than this was left by a writer that died while rotating. */
const STALE_LOCK_MS = 10_000
/** Past this, the line is appended without rotating: the file grows a little past its bound. */
const LOCK_WAIT_MS = 2_000
/** About 1,000 transitions (a line is about 250 bytes) per file: years of a normal Mac's history. */
export const DEFAULT_MAX_HISTORY_FILE_BYTES = 256 * 1024

export interface HistoryReadResult {
  /** Oldest first. */
  records: HistoryRecord[]
  /** Lines that were not a valid record (cut off by a crash, edited by hand): skipped, not fatal. */
  skippedLines: number
}

export interface HistoryStore {
  append: (record: HistoryRecord) => Promise<void>
  read: () => Promise<HistoryReadResult>
  /** Appends the state's record when it differs from the last one; true when it did. */
  recordState: (state: MacState) => Promise<boolean>
  /** Resolves once every write asked for so far is done. */
  idle: () => Promise<void>
  readonly dir: string
}

/**
 * States waiting for the disk; past this, new states are not recorded until it catches up, so a
 * slow or hung disk cannot make the queue (and the memory) grow with every check.
 */
export const MAX_PENDING_HISTORY_WRITES = 32

/** What the app reads history from and records states into: the file store, or the preview's demo. */
export type HistorySource = Pick<HistoryStore, 'read' | 'recordState'>

export function createHistoryStore({
  dir,
  maxFileBytes = DEFAULT_MAX_HISTORY_FILE_BYTES,
}: {
  dir: string
  maxFileBytes?: number
}): HistoryStore {
  const current = path.join(dir, HISTORY_FILE)
  const previous = path.join(dir, PREVIOUS_HISTORY_FILE)
  let last: HistoryRecord | null | undefined // undefined: not read yet
  let queue: Promise<unknown> = Promise.resolve()

  // After our own first write the file is known to end with a newline; only a file left by an
  // earlier run (maybe cut off by a crash) needs its last byte checked.
  let endsClean = false

  async function appendLine(line: string) {
    if (!endsClean) await mkdir(dir, { recursive: true })
    let file = await open(current, 'a+')
    try {
      let { size } = await file.stat()
      if (size > 0 && size + Buffer.byteLength(line) + 1 > maxFileBytes) {
        await file.close()
        await rotateIfFull(Buffer.byteLength(line) + 1)
        file = await open(current, 'a+')
        size = (await file.stat()).size
      }
      const separator = size > 0 && !endsClean && !(await endsWithNewline(file, size)) ? '\n' : ''
      endsClean = false // until this write is complete
      await file.write(`${separator}${line}\n`)
      await file.sync()
      endsClean = true
    } finally {
      await file.close()
    }
  }

  /** Renames the current file to the previous one, if it is still full once the lock is held. */
  async function rotateIfFull(lineBytes: number) {
    const lock = path.join(dir, ROTATION_LOCK_FILE)
    if (!(await acquireLock(lock))) return
    try {
      const info = await stat(current).catch(() => null)
      if (info && info.size > 0 && info.size + lineBytes > maxFileBytes) await rename(current, previous)
    } finally {
      await rm(lock, { force: true })
    }
  }

  // Writes run one after another, so lines never interleave and each transition is judged
  // against the record written just before it.
  let pending = 0
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    pending++
    const done = queue.then(task).finally(() => pending--)
    queue = done.catch(() => {})
    return done
  }
  const write = async (record: HistoryRecord) => {
    await appendLine(JSON.stringify(historyRecordSchema.parse(record)))
    last = record
  }

  const store: HistoryStore = {
    dir,
    append: (record) => serial(() => write(record)),
    async read() {
      const lines = [...(await readLines(previous)), ...(await readLines(current))]
      const records: HistoryRecord[] = []
      let skippedLines = 0
      for (const line of lines) {
        const record = parseLine(line)
        if (record) records.push(record)
        else skippedLines += 1
      }
      return { records, skippedLines }
    },
    idle: () => serial(async () => {}),
    recordState: (state) =>
      pending >= MAX_PENDING_HISTORY_WRITES
        ? Promise.resolve(false)
        : serial(async () => {
            const record = historyRecordFromState(state)
            if (last === undefined) last = (await store.read()).records.at(-1) ?? null
            if (!isTransition(last, record)) return false
            await write(record)
            return true
          }),
  }
  return store
}

/** Creates the lock file exclusively; a stale one (its writer died) is taken over. False on timeout. */
async function acquireLock(lock: string): Promise<boolean> {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      await (await open(lock, 'wx', 0o600)).close()
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false
    }
    const held = await lstat(lock).catch(() => null)
    if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(lock, { force: true })
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20))
  }
}

async function endsWithNewline(file: Awaited<ReturnType<typeof open>>, size: number) {
  const byte = Buffer.alloc(1)
  await file.read(byte, 0, 1, size - 1)
  return byte[0] === 0x0a
}

/** Two full files and then some: anything larger was not written by this store. */
const MAX_READ_BYTES = 4 * 1024 * 1024

/** The file's lines; none when it does not exist. Throws, naming the file, when it cannot be read. */
async function readLines(file: string): Promise<string[]> {
  const result = await readBoundedFile(file, { maxBytes: MAX_READ_BYTES })
  if (result.status === 'notFound') return []
  if (result.status !== 'ok')
    throw new Error(`the history could not be read: ${describeBoundedRead(file, result)}`)
  return result.data
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
}

function parseLine(line: string): HistoryRecord | null {
  try {
    const parsed = historyRecordSchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
