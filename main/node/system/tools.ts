/**
 * The one module that touches the operating system: it runs the macOS tools and reads system files.
 * Nothing else in the app spawns a process or reads a path outside the app's own folders.
 *
 * Every call takes an absolute path, has a timeout and an output cap, and returns a typed result
 * instead of throwing. When PSSO_HELPER_SYSROOT is set, every absolute path resolves under it:
 * that is the test seam (fake roots with stub tools) and a support feature (replay a Mac's files).
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { execa } from 'execa'

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
  spawn: typeof execa
}

export const defaultSystemDeps: SystemDeps = { env: process.env, now: Date.now, spawn: execa }

/** Resolves an absolute macOS path under PSSO_HELPER_SYSROOT when it is set. */
export function resolveSystemPath(absolutePath: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!path.isAbsolute(absolutePath)) throw new Error(`system paths must be absolute: ${absolutePath}`)
  const root = env.PSSO_HELPER_SYSROOT
  return root ? path.join(root, absolutePath) : absolutePath
}

export interface SystemAccess {
  run(tool: ToolName, args: readonly string[], options?: RunOptions): Promise<ToolResult>
  readFile(absolutePath: string, options?: { maxBytes?: number }): Promise<FileResult>
  /** True when the path exists (a directory or a file). */
  exists(absolutePath: string): Promise<boolean>
}

export function createSystemAccess(deps: SystemDeps = defaultSystemDeps): SystemAccess {
  return {
    run: (tool, args, options) => runTool(deps, TOOL_PATHS[tool], args, options),
    readFile: (absolutePath, options) => readSystemFile(deps, absolutePath, options?.maxBytes),
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

async function runTool(
  deps: SystemDeps,
  toolPath: string,
  args: readonly string[],
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES }: RunOptions = {},
): Promise<ToolResult> {
  const started = deps.now()
  const elapsed = () => deps.now() - started
  const subprocess = deps.spawn(resolveSystemPath(toolPath, deps.env), [...args], {
    reject: false,
    shell: false,
    stdin: 'ignore',
    timeout: timeoutMs,
    maxBuffer: maxOutputBytes,
    forceKillAfterDelay: 500,
    encoding: 'utf8',
    stripFinalNewline: false,
  })
  // execa resolves only once the output pipes close; a hung grandchild can hold them open, so the
  // deadline is enforced here too (timeout plus a small grace for the kill to land).
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), timeoutMs + 250)
  })
  try {
    const result = await Promise.race([subprocess, deadline])
    if (result === 'deadline') {
      subprocess.kill('SIGKILL')
      return { status: 'timedOut', timeoutMs, durationMs: elapsed() }
    }
    const durationMs = elapsed()
    if (result.timedOut) return { status: 'timedOut', timeoutMs, durationMs }
    if (result.isMaxBuffer) return { status: 'outputTooLarge', limitBytes: maxOutputBytes, durationMs }
    const code = (result as { code?: string }).code
    if (code === 'ENOENT') return { status: 'notFound', path: toolPath, durationMs }
    if (typeof result.exitCode !== 'number') {
      return { status: 'failed', message: result.shortMessage ?? 'the tool could not be started', durationMs }
    }
    const stdout = String(result.stdout ?? '')
    const stderr = String(result.stderr ?? '')
    if (result.exitCode !== 0)
      return { status: 'exitCode', exitCode: result.exitCode, stdout, stderr, durationMs }
    return { status: 'ok', stdout, stderr, durationMs }
  } finally {
    clearTimeout(timer)
  }
}

async function readSystemFile(
  deps: SystemDeps,
  absolutePath: string,
  maxBytes = DEFAULT_MAX_OUTPUT_BYTES,
): Promise<FileResult> {
  const resolved = resolveSystemPath(absolutePath, deps.env)
  try {
    const info = await stat(resolved)
    if (info.size > maxBytes) return { status: 'outputTooLarge', limitBytes: maxBytes }
    return { status: 'ok', data: await readFile(resolved) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'notFound', path: absolutePath }
    return { status: 'failed', message: code ?? String(error) }
  }
}

/** A one-line description of a failed call, for logs and the helpdesk view (never the output itself). */
export function describeToolResult(result: ToolResult | FileResult): string {
  switch (result.status) {
    case 'ok':
      return 'ok'
    case 'notFound':
      return `not found: ${result.path}`
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
