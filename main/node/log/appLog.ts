/**
 * The app's own log: `~/Library/Logs/<APP_ID>/psso-helper.log`, plain lines (`time LEVEL message`),
 * rotated to `.1`, `.2`… so the folder never holds more than maxFiles × maxFileBytes. Every message
 * goes through the redaction hook first. Writes are asynchronous: a line is queued and appended
 * later in one batch with its neighbours, so logging never blocks the main thread; the queue is
 * bounded, and logging never throws: a full disk must not break the app.
 */
import { statSync } from 'node:fs'
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { APP_ID } from '../../common/identity'
import { LOG_LEVELS, type LogLevel, type Logger } from '../../common/logger'
import { describeBoundedRead, readBoundedFile } from '../files/readBounded'
import { redactSecretShapes } from '../report/secretShapes'

export const LOG_FILE_NAME = 'psso-helper.log'

export interface AppLogOptions {
  homeDir: string
  now: () => number
  level?: LogLevel
  maxFileBytes?: number
  /** The current file plus this many minus one rotated ones. */
  maxFiles?: number
  /** Applied to every message before it is queued (the secret-shape redactor by default). */
  redact?: (message: string) => string
}

export type AppLogger = Logger & {
  /** Resolves once every line logged so far is on disk (or was given up on). */
  flush(): Promise<void>
}

export const appLogDir = (homeDir: string) => path.join(homeDir, 'Library', 'Logs', APP_ID)

/** The log files, newest first (the current one, then .1, .2…), that exist. */
export function appLogFiles(homeDir: string, maxFiles = DEFAULT_MAX_FILES): string[] {
  const base = path.join(appLogDir(homeDir), LOG_FILE_NAME)
  return Array.from({ length: maxFiles }, (_, i) => (i === 0 ? base : `${base}.${i}`)).filter((file) => {
    try {
      statSync(file) // anything there: readAppLog says when it is not a file it can read
      return true
    } catch {
      return false
    }
  })
}

/** The log's text, oldest line first (empty when there is none), and why a file could not be read. */
export async function readAppLog(homeDir: string): Promise<{ text: string; problems: string[] }> {
  const problems: string[] = []
  const parts: string[] = []
  for (const file of appLogFiles(homeDir).reverse()) {
    // A log file is at most maxFileBytes; twice that bounds one that something else wrote.
    const result = await readBoundedFile(file, { maxBytes: 2 * DEFAULT_MAX_FILE_BYTES })
    if (result.status === 'ok') parts.push(result.data.toString('utf8'))
    else if (result.status !== 'notFound') problems.push(describeBoundedRead(file, result))
  }
  return { text: parts.join(''), problems }
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
const DEFAULT_MAX_FILES = 3
const MAX_MESSAGE_CHARS = 2000
/** Lines waiting for the disk; past this the oldest are dropped and the drop is noted. */
const MAX_QUEUED_LINES = 5000

/**
 * Cut to MAX_MESSAGE_CHARS before redacting (redaction is linear, but a long line need not be read
 * at all). A cut that lands inside a token drops the token's remains: a prefix of a secret is
 * still secret, and too short to be recognised by its shape.
 */
function truncateMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message
  const cut = message.slice(0, MAX_MESSAGE_CHARS)
  const lastSpace = cut.search(/\s\S*$/)
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : ''} […]`
}

export function createAppLogger({
  homeDir,
  now,
  level = 'info',
  maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  maxFiles = DEFAULT_MAX_FILES,
  redact = redactSecretShapes,
}: AppLogOptions): AppLogger {
  const dir = appLogDir(homeDir)
  const file = path.join(dir, LOG_FILE_NAME)
  const threshold = LOG_LEVELS.indexOf(level)
  const queue: string[] = []
  let dropped = 0
  /** The current file's size, learned once when the first batch is written. */
  let size: number | null = null
  let draining: Promise<void> | null = null

  const rotate = async () => {
    await rm(`${file}.${maxFiles - 1}`, { force: true })
    for (let i = maxFiles - 2; i >= 1; i--) await rename(`${file}.${i}`, `${file}.${i + 1}`).catch(() => {})
    if (maxFiles > 1) await rename(file, `${file}.1`)
    else await rm(file, { force: true })
    size = 0
  }

  /** Appends what is queued, in batches that each fit the current file. */
  const drain = async () => {
    try {
      await mkdir(dir, { recursive: true })
      size ??= await stat(file).then(
        (info) => info.size,
        () => 0,
      )
      while (queue.length > 0) {
        if (dropped > 0) {
          queue.unshift(
            `${new Date(now()).toISOString()} WARN ${dropped} log lines dropped (disk too slow)\n`,
          )
          dropped = 0
        }
        let batch = ''
        let batchBytes = 0
        while (queue.length > 0) {
          const lineBytes = Buffer.byteLength(queue[0]!)
          if (batch && size + batchBytes + lineBytes > maxFileBytes) break
          if (!batch && size > 0 && size + lineBytes > maxFileBytes) break
          batch += queue.shift()!
          batchBytes += lineBytes
        }
        if (!batch) {
          await rotate()
          continue
        }
        await appendFile(file, batch)
        size += batchBytes
      }
    } catch {
      // Logging must never break the app: what could not be written is given up.
      queue.length = 0
      size = null
    }
  }

  const schedule = () => {
    draining ??= drain().finally(() => {
      draining = null
      if (queue.length > 0) schedule()
    })
  }

  const write = (lineLevel: LogLevel, message: string) => {
    if (LOG_LEVELS.indexOf(lineLevel) > threshold) return
    let text: string
    try {
      // Cut before redacting: a long line need not be read at all.
      text = redact(truncateMessage(String(message)))
    } catch {
      text = '(a message the redactor could not read)'
    }
    text = text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
    queue.push(`${new Date(now()).toISOString()} ${lineLevel.toUpperCase()} ${text}\n`)
    if (queue.length > MAX_QUEUED_LINES) {
      queue.shift()
      dropped++
    }
    schedule()
  }
  const logger = Object.fromEntries(
    LOG_LEVELS.map((l) => [l, (message: string) => write(l, message)]),
  ) as unknown as AppLogger
  logger.flush = async () => {
    while (draining) await draining
  }
  return logger
}
