// The helpdesk commands end to end through fake system roots: report, bundle, open-bundle, decode.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { FINDINGS } from '../../../main/common/diagnosis/catalogue'
import { t } from '../../../main/common/i18n'
import { macStateSchema } from '../../../main/common/model/macState.schema'
import { encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliDeps } from '../../../main/node/cli/main'
import { createAppLogger } from '../../../main/node/log/appLog'
import { historyRecordFromState } from '../../../main/common/history/historyRecord'
import { defaultDataDir, historyDir } from '../../../main/node/history/historyLocation'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import {
  REPO,
  createFakeSysroot,
  realCapture,
  type FakeSysroot,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

const openBundleSchema = JSON.parse(readFileSync(path.join(REPO, 'docs/open-bundle.schema.json'), 'utf8'))
const validateOpened = new Ajv2020({ allErrors: true, strict: false }).compile(openBundleSchema)

const SECRETS = [
  '7cUzpUejfVk0OoS1EFvLqkuUBd',
  '99E116E28CAF59E9BBE83349A0A2AC96E4A48968',
  '4653A707-6537-4F9C',
]
const UPN = 'cake1@cake.run.place'

let sysroot: FakeSysroot | undefined
afterEach(() => {
  sysroot?.cleanup()
  sysroot = undefined
})

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'psso-cli-'))

/** Runs the CLI; the first call of a test creates the fake root from `spec`, later calls reuse it. */
async function cli(argv: string[], spec: FakeSysrootSpec = {}, extra: Partial<CliDeps> = {}) {
  sysroot ??= createFakeSysroot(spec)
  return runCliCaptured(argv, { env: sysroot.env, homeDir: tempDir(), ...extra })
}

describe('report', () => {
  it('prints the redacted Markdown report by default', async () => {
    const { code, stdout } = await cli(['report'])
    expect(code).toBe(EXIT_OK)
    expect(stdout).toContain('**State: Sign-in works on this Mac.** (healthy), read 2026-04-25T09:41:29Z.')
    expect(stdout).toMatch(/Support code: `[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}`/)
    expect(stdout).toContain('## app-sso platform -s (redacted)')
    expect(stdout).toContain(UPN)
    for (const secret of SECRETS) expect(stdout).not.toContain(secret)
  })

  it('prints JSON whose state is the status contract', async () => {
    const { code, stdout } = await cli(['report', '--json'], {
      appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') },
    })
    expect(code).toBe(EXIT_OK)
    const report = JSON.parse(stdout)
    expect(macStateSchema.safeParse(report.state).success).toBe(true)
    expect(report).toMatchObject({
      reportFormat: 2,
      app: { id: 'io.github.psso-helper' },
      capturedAt: '2025-06-18T20:23:40Z',
      identifiersPseudonymized: false,
      state: { verdict: { status: 'broken' } },
    })
    expect(report.state.verdict.findings[0].id).toBe('user-not-registered')
    expect(report.raw.appSso).toContain('User Configuration:')
  })

  it('pseudonymises identifiers when asked, or when the configuration says so', async () => {
    for (const [args, config] of [
      [['--pseudonymize'], {}],
      [[], { PseudonymizeIdentifiers: true }],
    ] as const) {
      const { stdout } = await cli(['report', '--json', ...args], {}, { config })
      const report = JSON.parse(stdout)
      expect(report.identifiersPseudonymized).toBe(true)
      expect(stdout).not.toContain(UPN)
      expect(stdout).not.toContain('0dde70e6-f430-449f-8bce-f4d0a9eca2a4')
    }
  })

  it('writes --out atomically and says where', async () => {
    const file = path.join(tempDir(), 'report.md')
    const { code, stdout, stderr } = await cli(['report', '--out', file])
    expect(code).toBe(EXIT_OK)
    expect(stdout).toBe('')
    expect(stderr).toBe(`Report written to ${file}\n`)
    expect(readFileSync(file, 'utf8')).toContain('# PSSO Helper report')
    expect(readdirSync(path.dirname(file))).toEqual(['report.md'])
  })

  it('fails clearly when --out cannot be written', async () => {
    const file = path.join(tempDir(), 'missing-folder', 'report.md')
    const { code, stderr } = await cli(['report', '--out', file])
    expect(code).toBe(EXIT_FAILURE)
    expect(stderr).toBe(`The report could not be written to ${file} (ENOENT).\n`)
  })

  it('refuses --markdown with --json', async () => {
    const { code, stderr } = await cli(['report', '--markdown', '--json'])
    expect(code).toBe(EXIT_USAGE)
    expect(stderr).toContain('choose --markdown or --json')
  })
})

describe('bundle and open-bundle', () => {
  it('writes a bundle with the unified log, which open-bundle shows as a capture with the same diagnosis', async () => {
    const spec: FakeSysrootSpec = {
      appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') },
      log: { stdout: '2026-11-21 09:59:00 E AppSSO: failed, Authorization: Bearer canaryBearer123456\n' },
    }
    const homeDir = tempDir()
    createAppLogger({ homeDir, now: () => 0 }).info('checked: broken')
    const file = path.join(tempDir(), 'diagnostics.zip')
    const written = await cli(['bundle', '--out', file], spec, { homeDir })
    expect(written.code).toBe(EXIT_OK)
    expect(written.stdout).toContain(`Diagnostics bundle written to ${file}`)
    expect(written.stdout).toContain('logs/com.apple.AppSSO.log')
    expect(written.stdout).toContain('logs/psso-helper.log')
    // The state read looks for sign-in errors (NDJSON, bounded); the bundle keeps the last hour as text.
    expect(sysroot!.calls('log')).toEqual([
      ['show', '--style', 'ndjson', '--predicate', 'subsystem', '==', '"com.apple.AppSSO"', '--last', '1h'],
      ['show', '--style', 'compact', '--predicate', 'subsystem', '==', '"com.apple.AppSSO"', '--last', '1h'],
    ])
    expect(readFileSync(file).includes('canaryBearer123456')).toBe(false)

    const status = JSON.parse((await cli(['status', '--json'])).stdout)
    const opened = await cli(['open-bundle', file, '--json'])
    expect(opened.code).toBe(EXIT_OK)
    const json = JSON.parse(opened.stdout)
    expect(validateOpened(json), JSON.stringify(validateOpened.errors)).toBe(true)
    expect(json.verdict).toEqual(status.verdict)
    expect(json.capture).toMatchObject({ isCapture: true, file, capturedAt: '2025-06-18T20:23:40Z' })

    const text = await cli(['open-bundle', file])
    expect(text.stdout).toMatch(
      /^CAPTURE from .*diagnostics\.zip: the Mac with Entra device ID 34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab, captured 2025-06-18T20:23:40Z/,
    )
    expect(text.stdout).toContain('Platform SSO: broken')
  })

  it('needs --out', async () => {
    expect((await cli(['bundle'])).code).toBe(EXIT_USAGE)
  })

  it('open-bundle on a foreign file: a clear error, exit 1, nothing on stdout', async () => {
    const file = path.join(tempDir(), 'notes.zip')
    writeFileSync(file, 'not a zip')
    const { code, stdout, stderr } = await cli(['open-bundle', file])
    expect(code).toBe(EXIT_FAILURE)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `${file} is not a PSSO Helper diagnostics bundle, or it is damaged: it is not a readable zip file.\n`,
    )
  })
})

describe('decode', () => {
  it('shows what a code read over the phone says, typed with spaces and in lower case', async () => {
    const status = JSON.parse(
      (
        await cli(['status', '--json'], {
          appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') },
        })
      ).stdout,
    )
    const code = encodeSupportCode(status)
    const { code: exit, stdout } = await cli(['decode', ...code.toLowerCase().split('-')])
    expect(exit).toBe(EXIT_OK)
    expect(stdout).toContain('State: Needs repair (broken)')
    expect(stdout).toContain('Sign-in method: Secure Enclave')
    expect(stdout).toContain('Mac registered: Yes')
    expect(stdout).toContain('Account registered: No')
    expect(stdout).toContain('  1. user-not-registered (broken): ')
    expect(stdout).toContain(`Walk the user through (${FINDINGS['user-not-registered'].playbook}):`)
  })

  it('shows the findings and the playbook in Japanese with --lang ja', async () => {
    const status = JSON.parse(
      (
        await cli(['status', '--json'], {
          appSso: { stdoutFile: realCapture('derived-user-not-registered.txt') },
        })
      ).stdout,
    )
    const { stdout } = await cli(['decode', encodeSupportCode(status), '--lang', 'ja'])
    expect(stdout).toContain(t('ja', 'finding.user-not-registered.user'))
    // Labels and values in Japanese (the enum stays beside the verdict for the technical reader).
    expect(stdout).toContain('状態: 要修復 (broken)')
    expect(stdout).toContain('Mac の登録: はい')
    expect(stdout).toContain('アカウントの登録: いいえ')
    expect(stdout).not.toMatch(/Verdict|Device registered|User registered/)
    expect(stdout).toContain(`ユーザに案内する手順（${FINDINGS['user-not-registered'].playbook}）:`)
    expect(stdout).toMatch(/システム設定|ユーザとグループ/)
  })

  it('refuses a misheard code', async () => {
    const { code, stderr } = await cli(['decode', '1ZZZZ-ZZZZZ-ZZZZZ'])
    expect(code).toBe(EXIT_FAILURE)
    expect(stderr).toContain('One symbol was probably misheard')
  })
})

describe('report with the recorded history', () => {
  it("includes what the app recorded on this Mac (the CLI's report and the app's agree)", async () => {
    const homeDir = tempDir()
    const store = createHistoryStore({ dir: historyDir(defaultDataDir({}, homeDir)) })
    await store.append({
      ...historyRecordFromState(JSON.parse((await cli(['status', '--json'])).stdout)),
      at: '2026-04-20T08:00:00Z',
    })
    sysroot!.cleanup()
    sysroot = undefined
    const report = JSON.parse((await cli(['report', '--json'], {}, { homeDir })).stdout)
    expect(report.history).toHaveLength(1)
    expect(report.history[0]).toMatchObject({ at: '2026-04-20T08:00:00Z', verdict: 'healthy' })
  })
})
