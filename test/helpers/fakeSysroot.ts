/**
 * Fake system roots for tests: a temporary folder standing in for `/`, whose `usr/bin/*` are tiny
 * shell scripts that print a fixture, exit with a code, sleep or hang. Point PSSO_HELPER_SYSROOT at
 * it and the real code runs unchanged. A tool can answer differently on each call (a sequence of
 * responses, the last one repeating), which is how scenario tests change the Mac's state between
 * probes; `setResponses` replaces them while a test runs. Every call's arguments are recorded.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { TOOL_PATHS, type ToolName } from '../../main/node/system/tools'
import { COMPANY_PORTAL_INFO_PLIST, MANAGED_SSO_PREFERENCES } from '../../main/node/probe/readMacState'

export const REPO = path.resolve(import.meta.dirname, '../..')
export const SHARED_APP_SSO = path.resolve(REPO, '../shared/fixtures/app-sso')
export const SYNTHETIC = path.join(REPO, 'test/fixtures')

/** A real capture in ../shared/fixtures/app-sso, read in place. */
export const realCapture = (name: string) => path.join(SHARED_APP_SSO, name)
/** A synthetic fixture under test/fixtures. */
export const synthetic = (name: string) => path.join(SYNTHETIC, name)

export interface ToolResponse {
  /** File whose bytes the tool prints on stdout. */
  stdoutFile?: string
  stdout?: string
  stderr?: string
  exitCode?: number
  delayMs?: number
  /** Never exits by itself (sleeps for an hour). */
  hang?: boolean
  /** Prints this many bytes of `x`. */
  floodBytes?: number
  /** Shell lines run after everything above (background children, traps, slow drips). */
  script?: string
}

export type ToolSpec = ToolResponse | ToolResponse[] | 'missing'

export interface FakeSysrootSpec {
  appSso?: ToolSpec
  profiles?: ToolSpec
  swVers?: ToolSpec
  log?: ToolSpec
  /** Missing unless given (a Mac always has them; most tests never ask). */
  systemProfiler?: ToolSpec
  scutil?: ToolSpec
  /** Company Portal version written to its Info.plist; null = not installed. */
  companyPortalVersion?: string | null
  /** Bytes of /Library/Managed Preferences/com.apple.extensiblesso.plist. */
  managedSsoPreferences?: Buffer | string
  /** Extra files, by absolute macOS path. */
  files?: Record<string, Buffer | string>
  /** Modification times (ISO 8601) to give files, by absolute macOS path. */
  modifiedAt?: Record<string, string>
}

/** The home folder the fake Mac's user has (the SSO extension's log lives under it). */
export const FAKE_USER = { name: 'casey', home: '/Users/casey' } as const

export const SEQUOIA_SW_VERS: ToolResponse = {
  stdout: 'ProductName:\t\tmacOS\nProductVersion:\t\t15.6\nBuildVersion:\t\t24G84\n',
}

export interface FakeSysroot {
  root: string
  env: NodeJS.ProcessEnv
  /** The arguments of every call to a tool, in order. */
  calls(tool: ToolName): string[][]
  /** Replaces a tool's responses; the call counter restarts. */
  setResponses(tool: ToolName, spec: ToolSpec): void
  cleanup(): void
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

function responseScript(dir: string, index: number, response: ToolResponse): string {
  const lines: string[] = []
  if (response.delayMs) lines.push(`sleep ${(response.delayMs / 1000).toFixed(3)}`)
  if (response.hang) lines.push('exec sleep 3600')
  if (response.stdoutFile) lines.push(`cat ${quote(response.stdoutFile)}`)
  if (response.stdout !== undefined) {
    const file = path.join(dir, `${index}.stdout`)
    writeFileSync(file, response.stdout)
    lines.push(`cat ${quote(file)}`)
  }
  if (response.floodBytes) lines.push(`head -c ${response.floodBytes} /dev/zero | tr '\\0' x`)
  if (response.stderr) lines.push(`printf '%s\\n' ${quote(response.stderr)} >&2`)
  if (response.script) lines.push(response.script)
  lines.push(`exit ${response.exitCode ?? 0}`)
  return lines.join('\n')
}

export function createFakeSysroot(spec: FakeSysrootSpec = {}): FakeSysroot {
  const root = mkdtempSync(path.join(tmpdir(), 'psso-sysroot-'))
  const stateDir = path.join(root, '.fake')
  mkdirSync(stateDir, { recursive: true })

  // Each change of responses gets a folder of its own and the tool is swapped in by a rename:
  // a call already running (the verification loop polls) keeps writing to the folder it started
  // with, so nothing is removed under it and no call sees a half-written tool.
  const currentDir = new Map<ToolName, string>()
  let generation = 0
  const setResponses = (tool: ToolName, toolSpec: ToolSpec) => {
    const target = path.join(root, TOOL_PATHS[tool])
    generation += 1
    const dir = path.join(stateDir, `${tool}.${generation}`)
    currentDir.set(tool, dir)
    if (toolSpec === 'missing') {
      rmSync(target, { force: true })
      return
    }
    mkdirSync(dir, { recursive: true })
    mkdirSync(path.dirname(target), { recursive: true })
    const responses = Array.isArray(toolSpec) ? toolSpec : [toolSpec]
    responses.forEach((response, index) =>
      writeFileSync(path.join(dir, `${index}.sh`), responseScript(dir, index, response)),
    )
    const staged = `${target}.${generation}.new`
    writeFileSync(
      staged,
      [
        '#!/bin/sh',
        `dir=${quote(dir)}`,
        'n=$(cat "$dir/count" 2>/dev/null || echo 0)',
        'echo $((n + 1)) > "$dir/count"',
        'printf "%s\\n" "$*" >> "$dir/calls"',
        `[ "$n" -gt ${responses.length - 1} ] && n=${responses.length - 1}`,
        '. "$dir/$n.sh"',
        '',
      ].join('\n'),
    )
    chmodSync(staged, 0o755)
    renameSync(staged, target)
  }

  setResponses('appSso', spec.appSso ?? { stdoutFile: realCapture('sequoia-password-registered.txt') })
  setResponses('profiles', spec.profiles ?? { stdoutFile: synthetic('profiles/synthetic-password.xml') })
  setResponses('swVers', spec.swVers ?? SEQUOIA_SW_VERS)
  setResponses('log', spec.log ?? { stdout: '' })
  if (spec.systemProfiler) setResponses('systemProfiler', spec.systemProfiler)
  if (spec.scutil) setResponses('scutil', spec.scutil)

  const writeFile = (absolutePath: string, data: Buffer | string) => {
    const target = path.join(root, absolutePath)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, data)
  }
  const companyPortalVersion =
    spec.companyPortalVersion === undefined ? '5.2504.0' : spec.companyPortalVersion
  if (companyPortalVersion !== null) {
    writeFile(
      COMPANY_PORTAL_INFO_PLIST,
      `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.microsoft.CompanyPortalMac</string><key>CFBundleShortVersionString</key><string>${companyPortalVersion}</string></dict></plist>\n`,
    )
  }
  if (spec.managedSsoPreferences !== undefined) writeFile(MANAGED_SSO_PREFERENCES, spec.managedSsoPreferences)
  for (const [file, data] of Object.entries(spec.files ?? {})) writeFile(file, data)
  for (const [file, iso] of Object.entries(spec.modifiedAt ?? {})) {
    const time = new Date(iso)
    utimesSync(path.join(root, file), time, time)
  }

  return {
    root,
    env: { ...process.env, PSSO_HELPER_SYSROOT: root },
    calls: (tool) => {
      const dir = currentDir.get(tool)
      const file = dir === undefined ? '' : path.join(dir, 'calls')
      if (!dir || !existsSync(file)) return []
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split(' '))
    },
    setResponses,
    cleanup: () => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  }
}
