// The SSO extension's log through the one system-access module and a fake system root: newest files
// first, 24 hours, 8 MB, the statuses the CLI reports, and redaction of every line kept.
import { mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  mergeSignInEvents,
  parseSsoExtensionLog,
  MAX_LINE_CHARS,
  MAX_SIGN_IN_EVENTS,
} from '../../../main/node/parsers/ssoExtensionLog'
import { parseUnifiedSsoLog } from '../../../main/node/parsers/unifiedLog'
import {
  readSsoExtensionLog,
  SSO_EXTENSION_LOG_DIR,
  SSO_LOG_MAX_BYTES,
} from '../../../main/node/probe/ssoExtensionLog'
import { createSystemAccess, defaultSystemDeps, type SystemAccess } from '../../../main/node/system/tools'
import { createFakeSysroot, FAKE_USER, synthetic, type FakeSysroot } from '../../helpers/fakeSysroot'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

const NOW = Date.parse('2026-04-25T09:41:29Z')
const logDir = () => path.join(sysroot!.root, FAKE_USER.home, SSO_EXTENSION_LOG_DIR)
const fixture = (name: string) => readFileSync(synthetic(`sso-extension-log/${name}`), 'utf8')

function writeLog(name: string, text: string, modifiedAt: number) {
  mkdirSync(logDir(), { recursive: true })
  const file = path.join(logDir(), name)
  writeFileSync(file, text)
  utimesSync(file, new Date(modifiedAt), new Date(modifiedAt))
}

function read(system?: SystemAccess) {
  return readSsoExtensionLog(system ?? createSystemAccess({ ...defaultSystemDeps, env: sysroot!.env }), {
    home: FAKE_USER.home,
    now: () => NOW,
  })
}

describe('reading the SSO extension log', () => {
  it('reads the log under the user home inside the fake root, newest files first', async () => {
    sysroot = createFakeSysroot()
    writeLog('SSOExtension-older.log', fixture('synthetic-aadsts50126.log'), NOW - 3_600_000)
    writeLog('SSOExtension.log', fixture('synthetic-aadsts50173.log'), NOW - 60_000)
    const { report, events } = await read()
    expect(report.status).toBe('ok')
    // Merged oldest first by UTC time, whichever file they came from.
    expect(events.map((e) => e.at)).toEqual([
      '2026-04-25T09:17:44Z',
      '2026-04-25T09:17:44Z',
      '2026-04-25T09:30:00Z',
      '2026-04-25T09:30:00Z',
    ])
    expect(
      events
        .filter((e) => e.kind === 'error')
        .map((e) => e.signature)
        .sort(),
    ).toEqual(['AADSTS50126', 'AADSTS50173'])
  })

  it('skips files last written more than 24 hours before, and files that are not .log', async () => {
    sysroot = createFakeSysroot()
    writeLog('SSOExtension-old.log', fixture('synthetic-aadsts50173.log'), NOW - 25 * 3_600_000)
    writeLog('notes.txt', fixture('synthetic-aadsts50173.log'), NOW)
    expect((await read()).report.status).toBe('notFound')
  })

  it('follows no symbolic link and reads only regular files', async () => {
    sysroot = createFakeSysroot()
    writeLog('real.log', fixture('synthetic-aadsts50173.log'), NOW)
    symlinkSync('/etc/passwd', path.join(logDir(), 'link.log'))
    const { events } = await read()
    expect(events.filter((e) => e.kind === 'error')).toHaveLength(1)
  })

  it('says notFound when Company Portal never wrote a log', async () => {
    sysroot = createFakeSysroot()
    expect((await read()).report).toMatchObject({ status: 'notFound', detail: 'no SSO extension log folder' })
  })

  it('says denied when macOS refuses the container, and reads nothing', async () => {
    sysroot = createFakeSysroot()
    writeLog('SSOExtension.log', fixture('synthetic-aadsts50173.log'), NOW)
    const real = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    // macOS privacy protection answers EPERM; the system module reports it as denied.
    const denied: SystemAccess = { ...real, listFiles: async (dir) => ({ status: 'denied', path: dir }) }
    expect(await read(denied)).toEqual({
      report: expect.objectContaining({ status: 'denied' }),
      events: [],
    })
  })

  it('reads at most 8 MB, from the newest end, and says tooLarge', async () => {
    sysroot = createFakeSysroot()
    const filler = `${'2026-04-25 11:00:00:000 | I | TID=1 MSAL 1.2.26 Mac 15.6 [2026-04-25 09:00:00] noise'.padEnd(200, '.')}\n`
    const big = filler.repeat(Math.ceil((SSO_LOG_MAX_BYTES + 1024) / filler.length))
    writeLog('SSOExtension.log', big + fixture('synthetic-aadsts50173.log'), NOW)
    const { report, events } = await read()
    expect(report.status).toBe('tooLarge')
    // The newest lines (at the end) were read.
    expect(events.at(-1)).toMatchObject({ signature: 'AADSTS50173' })
  })
})

describe('the log line parser', () => {
  it('keeps only refreshes and catalogued errors, with their UTC time', () => {
    const events = parseSsoExtensionLog(fixture('synthetic-stale-error-then-refresh.log'))
    expect(events.map((e) => [e.at, e.level, e.kind, e.signature])).toEqual([
      ['2026-04-25T09:20:00Z', 'error', 'error', 'AADSTS50173'],
      ['2026-04-25T09:25:00Z', 'info', 'tokensReceived', null],
    ])
  })

  it('redacts every line it keeps', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlY2FuYXJ5'
    const line = `2026-04-25 11:30:00:000 | E | TID=1 MSAL 1.2.26 Mac 15.6 [2026-04-25 09:30:00 - 0c7c3a5e-8d2b-4b61-9d11-3f0b7d7c2a11] AADSTS50173 refresh_token=${jwt} Authorization: Bearer canaryBearer123456`
    const [event] = parseSsoExtensionLog(line)
    expect(event).toMatchObject({ signature: 'AADSTS50173' })
    expect(event!.line).not.toContain(jwt)
    expect(event!.line).not.toContain('canaryBearer123456')
    expect(event!.line).toContain('0c7c3a5e-8d2b-4b61-9d11-3f0b7d7c2a11')
  })

  it('skips overlong lines, ignores garbage and keeps the newest events only', () => {
    const error = (minute: number) =>
      `2026-04-25 11:${String(minute % 60).padStart(2, '0')}:00:000 | E | TID=1 MSAL 1 Mac 15 [2026-04-25 09:${String(minute % 60).padStart(2, '0')}:00] AADSTS50126`
    expect(parseSsoExtensionLog(`${error(1)}${'x'.repeat(MAX_LINE_CHARS)}`)).toEqual([])
    expect(parseSsoExtensionLog('not a log\n\u0000\u0001|||\n[]')).toEqual([])
    const many = parseSsoExtensionLog(Array.from({ length: 60 }, (_, i) => error(i)).join('\n'))
    expect(many).toHaveLength(60)
    const kept = mergeSignInEvents([many])
    expect(kept).toHaveLength(MAX_SIGN_IN_EVENTS)
    expect(kept.at(-1)!.at).toBe('2026-04-25T09:59:00Z')
  })

  it('skips a line whose time is impossible instead of rolling it over into the next day or month', () => {
    const at = (utc: string) =>
      `2026-04-25 11:30:00:000 | E | TID=1 MSAL 1 Mac 15 [${utc}] AADSTS50126 Error validating credentials`
    expect(parseSsoExtensionLog([at('2026-02-30 09:30:00'), at('2026-04-25 24:00:00')].join('\n'))).toEqual(
      [],
    )
    expect(parseSsoExtensionLog(at('2026-04-25 09:30:00')).map((e) => e.at)).toEqual(['2026-04-25T09:30:00Z'])
    const message = 'Error Domain=com.apple.PlatformSSO Code=-1001 \\"Error deserializing device config.\\"'
    const unified = (timestamp: string) => `{"timestamp":"${timestamp}","eventMessage":"${message}"}`
    expect(parseUnifiedSsoLog(unified('2026-02-30 09:30:00.123456+0000'))).toEqual([])
    expect(parseUnifiedSsoLog(unified('2026-04-25 11:30:00.123456+0200')).map((e) => e.at)).toEqual([
      '2026-04-25T09:30:00Z',
    ])
  })

  it('finishes in linear time on hostile input', () => {
    const hostile = `${'| E | TID= MSAL '.repeat(50_000)}\n`.repeat(4)
    const started = performance.now()
    parseSsoExtensionLog(hostile)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('reads the unified log NDJSON, keeping catalogued errors only', () => {
    const events = parseUnifiedSsoLog(
      `${readFileSync(synthetic('unified-log/synthetic-platformsso-1001.ndjson'), 'utf8')}{"timestamp":"2026-04-25 09:31:00.000000+0000","eventMessage":"nothing to see"}\nnot json\n`,
    )
    expect(events).toEqual([
      expect.objectContaining({ at: '2026-04-25T09:30:00Z', signature: 'PlatformSSO-1001', kind: 'error' }),
    ])
  })
})
