/**
 * A fake Mac for the deployment scripts (pkg postinstall, uninstall, Intune custom attribute): a
 * temporary folder standing in for `/`, with stub macOS tools that record every call. The scripts
 * take it through PSSO_HELPER_SYSROOT, exactly as the app's own tools module does.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PRODUCT_NAME } from '../../main/common/identity'

export const APP_BUNDLE = `/Applications/${PRODUCT_NAME}.app`
export const APP_EXECUTABLE = `${APP_BUNDLE}/Contents/MacOS/${PRODUCT_NAME}`

export interface FakeMac {
  root: string
  /** Writes an executable stub at an absolute macOS path; `body` is sh run after the call is recorded. */
  stub(absolutePath: string, body?: string): void
  /** The console user scutil reports (null = nobody at the screen). */
  setConsoleUser(name: string | null, uid?: number): void
  /** Every stub call in order: the tool's name, then its arguments. */
  calls(): string[][]
  /** Runs a script with bash, as root would, with PSSO_HELPER_SYSROOT set to the fake root. */
  run(
    script: string,
    args?: string[],
    env?: NodeJS.ProcessEnv,
  ): { status: number | null; stdout: string; stderr: string }
  path(absolutePath: string): string
  cleanup(): void
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

export function createFakeMac({ macOSVersion = '15.6' } = {}): FakeMac {
  const root = mkdtempSync(path.join(tmpdir(), 'psso-fakemac-'))
  const callLog = path.join(root, '.calls')
  const resolve = (absolutePath: string) => path.join(root, absolutePath)

  const stub = (absolutePath: string, body = 'exit 0') => {
    const target = resolve(absolutePath)
    mkdirSync(path.dirname(target), { recursive: true })
    // One line per call: the tool's name and its arguments, separated by tabs (arguments have spaces).
    writeFileSync(
      target,
      `#!/bin/sh\n{ printf '%s' ${quote(path.basename(absolutePath))}; for a in "$@"; do printf '\\t%s' "$a"; done; printf '\\n'; } >> ${quote(callLog)}\n${body}\n`,
    )
    chmodSync(target, 0o755)
  }

  const setConsoleUser = (name: string | null, uid = 501) => {
    const state =
      name === null
        ? 'No such key\n'
        : `<dictionary> {\n  GID : 20\n  Name : ${name}\n  SessionInfo : <array> {\n    0 : <dictionary> {\n      kCGSSessionUserNameKey : ${name}\n    }\n  }\n  UID : ${uid}\n}\n`
    writeFileSync(path.join(root, '.console-state'), state)
  }

  stub('/usr/sbin/scutil', `cat ${quote(path.join(root, '.console-state'))}`)
  setConsoleUser('alice')
  stub('/usr/bin/sw_vers', `echo ${quote(macOSVersion)}`)
  for (const tool of ['/usr/sbin/chown', '/usr/bin/gktool', '/usr/bin/pkill', '/usr/sbin/pkgutil']) stub(tool)
  stub('/usr/bin/defaults', 'echo 0.1.0')
  // `launchctl asuser <uid> <command…>` and `sudo -u <user> <command…>` run the command.
  stub('/bin/launchctl', '[ "$1" = asuser ] && { shift 2; exec "$@"; }\nexit 0')
  stub('/usr/bin/sudo', 'shift 2\nexec "$@"')
  stub(APP_EXECUTABLE)

  return {
    root,
    stub,
    setConsoleUser,
    calls: () =>
      existsSync(callLog)
        ? readFileSync(callLog, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => line.split('\t'))
        : [],
    run: (script, args = [], env = {}) => {
      const result = spawnSync('/bin/bash', [script, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env, PSSO_HELPER_SYSROOT: root },
        timeout: 30_000,
      })
      return { status: result.status, stdout: result.stdout, stderr: result.stderr }
    },
    path: resolve,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  }
}
