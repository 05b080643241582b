/**
 * Reading a file that someone else may control (a preferences file, a history, a bundle): only a
 * regular file is read (a FIFO would block forever, a link to /dev/zero never ends), at most
 * `maxBytes` of it (it may grow while it is read), and within `timeoutMs` (a stalled network volume).
 * Never throws.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
// The deadline is wall-clock time for real I/O: taken from node:timers, not the global a test's fake
// clock replaces (advancing a fake clock must not time out a read that is still on the disk).
import { clearTimeout, setTimeout } from 'node:timers'

export type BoundedReadResult =
  | { status: 'ok'; data: Buffer }
  | { status: 'notFound' }
  | { status: 'denied' }
  | { status: 'notAFile'; kind: string }
  | { status: 'tooLarge'; limitBytes: number }
  | { status: 'timedOut'; timeoutMs: number }
  | { status: 'failed'; code: string }

export interface BoundedReadOptions {
  maxBytes: number
  timeoutMs?: number
  /** A larger file gives its last maxBytes (a log's newest lines) instead of `tooLarge`. */
  tail?: boolean
}

export const DEFAULT_READ_TIMEOUT_MS = 5_000

export async function readBoundedFile(
  file: string,
  { maxBytes, timeoutMs = DEFAULT_READ_TIMEOUT_MS, tail = false }: BoundedReadOptions,
): Promise<BoundedReadResult> {
  let handle: FileHandle | undefined
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<BoundedReadResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'timedOut', timeoutMs }), timeoutMs)
  })
  const read = async (): Promise<BoundedReadResult> => {
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = await handle.stat()
    if (!info.isFile()) return { status: 'notAFile', kind: fileKind(info) }
    if (info.size > maxBytes) {
      if (!tail) return { status: 'tooLarge', limitBytes: maxBytes }
      const data = Buffer.alloc(maxBytes)
      const { bytesRead } = await handle.read(data, 0, maxBytes, info.size - maxBytes)
      return { status: 'ok', data: data.subarray(0, bytesRead) }
    }
    // Up to one byte more than allowed, so a file that grew past the bound is caught.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1))
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { status: 'tooLarge', limitBytes: maxBytes }
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2 + 64 * 1024))
        buffer.copy(grown)
        buffer = grown
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) return { status: 'tooLarge', limitBytes: maxBytes }
    return { status: 'ok', data: buffer.subarray(0, length) }
  }
  try {
    return await Promise.race([read().catch((error: unknown) => fsErrorResult(error)), deadline])
  } finally {
    clearTimeout(timer)
    await handle?.close().catch(() => {})
  }
}

/**
 * What a failed file-system call means for the caller: missing (or a path through a file), refused,
 * or failed with its errno code; `otherwise` stands in for an error without one.
 */
export function fsErrorResult(
  error: unknown,
  otherwise = 'error',
): Extract<BoundedReadResult, { status: 'notFound' | 'denied' | 'failed' }> {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'notFound' }
  // macOS answers EPERM when privacy protection (another app's container) refuses the read.
  if (code === 'EACCES' || code === 'EPERM') return { status: 'denied' }
  return { status: 'failed', code: code ?? otherwise }
}

function fileKind(info: {
  isDirectory(): boolean
  isFIFO(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isSocket(): boolean
}): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a FIFO'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** A one-line reason for a failed read, naming the file. */
export function describeBoundedRead(
  file: string,
  result: Exclude<BoundedReadResult, { status: 'ok' }>,
): string {
  switch (result.status) {
    case 'notFound':
      return `${file} does not exist`
    case 'denied':
      return `${file} may not be read (permission denied)`
    case 'notAFile':
      return `${file} is ${result.kind}, not a regular file`
    case 'tooLarge':
      return `${file} is larger than ${result.limitBytes} bytes`
    case 'timedOut':
      return `${file} could not be read within ${result.timeoutMs} ms`
    case 'failed':
      return `${file} could not be read (${result.code})`
  }
}
