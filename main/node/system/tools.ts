/**
 * The one module that touches the operating system: it runs the macOS tools and reads system files.
 * Nothing else in the app spawns a process or reads a path outside the app's own folders.
 *
 * Every call takes an absolute path, has a timeout and an output cap, and returns a typed result
 * instead of throwing. When PSSO_HELPER_SYSROOT is set, every absolute path resolves under it:
 * that is the test seam (fake roots with stub tools) and a support feature (replay a Mac's files),
 * honoured in development builds only.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'
import { describeBoundedRead, fsErrorResult, readBoundedFile } from '../files/readBounded'
import { developmentSeam, type ProcessKind } from './developmentSeams'

/** The absolute paths of the tools the app may run. Nothing else is ever executed. */
export const TOOL_PATHS = {
  appSso: '/usr/bin/app-sso',
  profiles: '/usr/bin/profiles',
  swVers: '/usr/bin/sw_vers',
  log: '/usr/bin/log',
  /** Device identification for the helpdesk paths only (report, bundle, helpdesk view). */
  systemProfiler: '/usr/sbin/system_profiler',
  scutil: '/usr/sbin/scutil',
} as const
export type ToolName = keyof typeof TOOL_PATHS

export const DEFAULT_TIMEOUT_MS = 10_000
export const DEFAULT_MAX_OUTPUT_BYTES = 4 * 1024 * 1024
/** A system file is a few kilobytes on a local disk; a read that takes longer is stuck. */
export const DEFAULT_FILE_TIMEOUT_MS = 5_000

export type ToolResult =
  | { status: 'ok'; stdout: string; stderr: string; durationMs: number }
  | { status: 'notFound'; path: string; durationMs: number }
  | { status: 'exitCode'; exitCode: number; stdout: string; stderr: string; durationMs: number }
  | { status: 'timedOut'; timeoutMs: number; durationMs: number }
  | { status: 'outputTooLarge'; limitBytes: number; durationMs: number }
  | { status: 'failed'; message: string; durationMs: number }

export type FileResult =
  | { status: 'ok'; data: Buffer }
  | { status: 'notFound'; path: string }
  | { status: 'denied'; path: string }
  | { status: 'outputTooLarge'; limitBytes: number }
  | { status: 'failed'; message: string }

export interface RunOptions {
  timeoutMs?: number
  maxOutputBytes?: number
}

/** What the system module needs from its surroundings; tests pass their own. */
export interface SystemDeps {
  env: NodeJS.ProcessEnv
  now: () => number
  spawn: typeof spawn
}

export const defaultSystemDeps: SystemDeps = { env: process.env, now: Date.now, spawn }

/**
 * Resolves an absolute macOS path under PSSO_HELPER_SYSROOT when it is set, in a development build
 * only (developmentSeams.ts): the packaged app always reads the real system.
 */
export function resolveSystemPath(
  absolutePath: string,
  env: NodeJS.ProcessEnv = process.env,
  proc?: ProcessKind,
): string {
  if (!path.isAbsolute(absolutePath)) throw new Error(`system paths must be absolute: ${absolutePath}`)
  const root = developmentSeam(env, 'PSSO_HELPER_SYSROOT', proc)
  return root ? path.join(root, absolutePath) : absolutePath
}

/** A regular file in a listed folder. */
export interface DirectoryFile {
  name: string
  size: number
  modifiedAtMs: number
}

export type DirectoryResult =
  | { status: 'ok'; files: DirectoryFile[] }
  | { status: 'notFound'; path: string }
  | { status: 'denied'; path: string }
  | { status: 'failed'; message: string }

export interface ReadFileOptions {
  maxBytes?: number
  /** Read only the last maxBytes of a larger file (its newest lines) instead of refusing it. */
  tail?: boolean
  timeoutMs?: number
}

/** Most entries a folder listing looks at: untrusted folders get bounded work. */
export const MAX_DIRECTORY_ENTRIES = 500

export interface SystemAccess {
  run(tool: ToolName, args: readonly string[], options?: RunOptions): Promise<ToolResult>
  /** Only a regular file is read (never a FIFO or a device), at most maxBytes (or its last maxBytes with `tail`), within a timeout. */
  readFile(absolutePath: string, options?: ReadFileOptions): Promise<FileResult>
  /** The regular files directly in a folder (no symbolic links followed), at most MAX_DIRECTORY_ENTRIES. */
  listFiles(absolutePath: string, options?: { timeoutMs?: number }): Promise<DirectoryResult>
  /** True when the path exists (a directory or a file). */
  exists(absolutePath: string): Promise<boolean>
}

export function createSystemAccess(deps: SystemDeps = defaultSystemDeps): SystemAccess {
  return {
    run: (tool, args, options) => runTool(deps, TOOL_PATHS[tool], args, options),
    readFile: (absolutePath, options) => readSystemFile(deps, absolutePath, options),
    listFiles: (absolutePath, options) =>
      withDeadline(listSystemFiles(deps, absolutePath), options?.timeoutMs),
    exists: async (absolutePath) => {
      try {
        await stat(resolveSystemPath(absolutePath, deps.env))
        return true
      } catch {
        return false
      }
    },
  }
}

/** How long a tool gets to end after TERM before its whole process group is killed. */
const KILL_GRACE_MS = 300
/** After the tool exits, how long output still in the pipes may take to arrive. */
const EXIT_DRAIN_MS = 100

async function runTool(
  deps: SystemDeps,
  toolPath: string,
  args: readonly string[],
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES }: RunOptions = {},
): Promise<ToolResult> {
  const started = deps.now()
  const elapsed = () => deps.now() - started
  return new Promise<ToolResult>((resolve) => {
    let child: ChildProcess
    try {
      // Its own process group (detached), so a timeout ends the tool and every child it left behind.
      child = deps.spawn(resolveSystemPath(toolPath, deps.env), [...args], {
        env: deps.env,
        shell: false,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (error) {
      resolve({ status: 'failed', message: String((error as Error).message ?? error), durationMs: elapsed() })
      return
    }
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let outputBytes = 0
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const later = (ms: number, callback: () => void) => {
      const timer = setTimeout(callback, ms)
      timer.unref?.()
      timers.push(timer)
    }
    /** False when the group is already gone. */
    const signalGroup = (signal: NodeJS.Signals): boolean => {
      if (child.pid === undefined) return false
      try {
        process.kill(-child.pid, signal)
        return true
      } catch {
        return false
      }
    }
    /** Ends the whole group (TERM, then KILL after a grace) and closes the pipes. */
    const endGroup = () => {
      // The KILL timer stays referenced: a CLI must not exit and leave a TERM-ignoring child behind.
      if (signalGroup('SIGTERM')) setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS)
      child.stdout?.destroy()
      child.stderr?.destroy()
    }
    const finish = (result: ToolResult, { endStragglers = true } = {}) => {
      if (settled) return
      settled = true
      timers.forEach(clearTimeout)
      if (endStragglers) endGroup()
      resolve(result)
    }
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      outputBytes += chunk.length
      if (outputBytes > maxOutputBytes) {
        finish({ status: 'outputTooLarge', limitBytes: maxOutputBytes, durationMs: elapsed() })
        return
      }
      into.push(chunk)
    }
    child.stdout?.on('data', collect(stdout))
    child.stderr?.on('data', collect(stderr))
    child.stdout?.on('error', () => {})
    child.stderr?.on('error', () => {})

    later(timeoutMs, () => finish({ status: 'timedOut', timeoutMs, durationMs: elapsed() }))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') finish({ status: 'notFound', path: toolPath, durationMs: elapsed() })
      else finish({ status: 'failed', message: error.code ?? error.message, durationMs: elapsed() })
    })
    // The tool's own exit decides, not the pipes closing: a background child it left may hold them
    // open for ever. Output already written is drained briefly, then stragglers are ended.
    child.on('exit', (exitCode, signal) => {
      const complete = () => {
        const durationMs = elapsed()
        const out = Buffer.concat(stdout).toString('utf8')
        const err = Buffer.concat(stderr).toString('utf8')
        if (signal !== null || exitCode === null)
          finish({ status: 'failed', message: `ended by ${signal ?? 'a signal'}`, durationMs })
        else if (exitCode !== 0)
          finish({ status: 'exitCode', exitCode, stdout: out, stderr: err, durationMs })
        else finish({ status: 'ok', stdout: out, stderr: err, durationMs })
      }
      let open = [child.stdout, child.stderr].filter((stream) => stream && !stream.readableEnded).length
      if (open === 0) return complete()
      for (const stream of [child.stdout, child.stderr])
        stream?.once('end', () => {
          if (--open === 0) complete()
        })
      later(EXIT_DRAIN_MS, complete)
    })
  })
}

/** A file read or listing that takes longer than its timeout answers `failed` (the read is abandoned). */
async function withDeadline<T extends { status: string }>(
  work: Promise<T>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T | { status: 'failed'; message: string }> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<{ status: 'failed'; message: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'failed', message: `timed out after ${timeoutMs} ms` }),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

function fsError(error: unknown, absolutePath: string) {
  const result = fsErrorResult(error, String(error))
  return result.status === 'failed'
    ? ({ status: 'failed', message: result.code } as const)
    : ({ status: result.status, path: absolutePath } as const)
}

async function readSystemFile(
  deps: SystemDeps,
  absolutePath: string,
  {
    maxBytes = DEFAULT_MAX_OUTPUT_BYTES,
    timeoutMs = DEFAULT_FILE_TIMEOUT_MS,
    tail = false,
  }: ReadFileOptions = {},
): Promise<FileResult> {
  const result = await readBoundedFile(resolveSystemPath(absolutePath, deps.env), {
    maxBytes,
    timeoutMs,
    tail,
  })
  switch (result.status) {
    case 'ok':
      return result
    case 'notFound':
      return { status: 'notFound', path: absolutePath }
    case 'denied':
      return { status: 'denied', path: absolutePath }
    case 'tooLarge':
      return { status: 'outputTooLarge', limitBytes: maxBytes }
    case 'notAFile':
    case 'timedOut':
      return { status: 'failed', message: describeBoundedRead(absolutePath, result) }
    case 'failed':
      return { status: 'failed', message: result.code }
  }
}

async function listSystemFiles(deps: SystemDeps, absolutePath: string): Promise<DirectoryResult> {
  const resolved = resolveSystemPath(absolutePath, deps.env)
  try {
    const entries = (await readdir(resolved, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .slice(0, MAX_DIRECTORY_ENTRIES)
    const files: DirectoryFile[] = []
    for (const entry of entries) {
      try {
        const info = await stat(path.join(resolved, entry.name))
        if (info.isFile()) files.push({ name: entry.name, size: info.size, modifiedAtMs: info.mtimeMs })
      } catch {
        // A file that vanished between the listing and its stat is simply not there.
      }
    }
    return { status: 'ok', files }
  } catch (error) {
    return fsError(error, absolutePath)
  }
}

/** A one-line description of a failed call, for logs and the helpdesk view (never the output itself). */
export function describeToolResult(result: ToolResult | FileResult | DirectoryResult): string {
  switch (result.status) {
    case 'ok':
      return 'ok'
    case 'notFound':
      return `not found: ${result.path}`
    case 'denied':
      return `access denied: ${result.path}`
    case 'exitCode':
      return `exited with code ${result.exitCode}${result.stderr ? `: ${firstLine(result.stderr)}` : ''}`
    case 'timedOut':
      return `timed out after ${result.timeoutMs} ms`
    case 'outputTooLarge':
      return `output larger than ${result.limitBytes} bytes`
    case 'failed':
      return `failed: ${result.message}`
  }
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0]!.slice(0, 200)
}
