/**
 * The app's own log: `~/Library/Logs/<APP_ID>/psso-helper.log`, plain lines (`time LEVEL message`),
 * rotated to `.1`, `.2`… so the folder never holds more than maxFiles × maxFileBytes. Every message
 * goes through the redactor first. Logging never throws: a full disk must not break the app.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
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
}: AppLogOptions): Logger {
  const dir = appLogDir(homeDir)
  const file = path.join(dir, LOG_FILE_NAME)
  const threshold = LOG_LEVELS.indexOf(level)

  const rotate = () => {
    rmSync(`${file}.${maxFiles - 1}`, { force: true })
    for (let i = maxFiles - 2; i >= 1; i--) {
      try {
        renameSync(`${file}.${i}`, `${file}.${i + 1}`)
      } catch {
        // that generation does not exist yet
      }
    }
    renameSync(file, maxFiles > 1 ? `${file}.1` : `${file}.old`)
    if (maxFiles <= 1) rmSync(`${file}.old`, { force: true })
  }

  const write = (lineLevel: LogLevel, message: string) => {
    if (LOG_LEVELS.indexOf(lineLevel) > threshold) return
    const text = redactSecretShapes(truncateMessage(String(message))).replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
    const line = `${new Date(now()).toISOString()} ${lineLevel.toUpperCase()} ${text}\n`
    try {
      mkdirSync(dir, { recursive: true })
      let size = 0
      try {
        size = statSync(file).size
      } catch {
        size = 0
      }
      if (size > 0 && size + Buffer.byteLength(line) > maxFileBytes) rotate()
      appendFileSync(file, line)
    } catch {
      // Logging must never break the app.
    }
  }
  return Object.fromEntries(LOG_LEVELS.map((l) => [l, (message: string) => write(l, message)])) as Logger
}
