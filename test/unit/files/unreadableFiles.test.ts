// Files that are not what they claim (synthetic, made here): a FIFO, a link to /dev/zero, a folder,
// a file past its bound. Every read checks what it reads; optional parts of a report or bundle fail
// soft, with the reason, naming the file.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_ID } from '../../../main/common/identity'
import { EXIT_OK } from '../../../main/node/cli/main'
import { readConfig } from '../../../main/node/config/readConfig'
import { choiceFile, MAX_CHOICE_FILE_BYTES } from '../../../main/node/files/choiceFile'
import { readBoundedFile } from '../../../main/node/files/readBounded'
import { HISTORY_FILE } from '../../../main/node/history/historyStore'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import { historyDir } from '../../../main/node/history/historyLocation'
import { appLogDir, readAppLog } from '../../../main/node/log/appLog'
import { COMPANY_PORTAL_INFO_PLIST, readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeSysroot, type FakeSysroot } from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'psso-files-'))
const fifoAt = (file: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  rmSync(file, { force: true })
  execFileSync('mkfifo', [file])
}

let sysroot: FakeSysroot | undefined
afterEach(() => {
  sysroot?.cleanup()
  sysroot = undefined
})

describe('readBoundedFile', () => {
  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = path.join(tempDir(), 'pipe')
    fifoAt(fifo)
    const started = performance.now()
    expect(await readBoundedFile(fifo, { maxBytes: 1024 })).toEqual({ status: 'notAFile', kind: 'a FIFO' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses a link to /dev/zero (it would grow without end) and a folder', async () => {
    const dir = tempDir()
    symlinkSync('/dev/zero', path.join(dir, 'zero'))
    expect(await readBoundedFile(path.join(dir, 'zero'), { maxBytes: 1024 })).toEqual({
      status: 'notAFile',
      kind: 'a device',
    })
    expect(await readBoundedFile(dir, { maxBytes: 1024 })).toEqual({ status: 'notAFile', kind: 'a folder' })
  })

  it('reads a regular file up to its bound, and says when it is past it', async () => {
    const file = path.join(tempDir(), 'f')
    writeFileSync(file, 'x'.repeat(100))
    expect(await readBoundedFile(file, { maxBytes: 100 })).toEqual({
      status: 'ok',
      data: Buffer.from('x'.repeat(100)),
    })
    expect(await readBoundedFile(file, { maxBytes: 99 })).toEqual({ status: 'tooLarge', limitBytes: 99 })
    expect(await readBoundedFile(path.join(file, 'nope'), { maxBytes: 99 })).toEqual({ status: 'notFound' })
  })
})

describe('a saved choice', () => {
  const isLanguage = (value: unknown): value is string => value === 'ja'
  it('a FIFO, a link to /dev/zero or a file past its bound reads as no choice, at once', async () => {
    const dir = tempDir()
    const store = choiceFile(dir, 'choice.json', 'language', isLanguage)
    const file = path.join(dir, 'choice.json')
    writeFileSync(file, '{"language":"ja"}')
    expect(await store.load()).toBe('ja')
    // The same choice padded past the bound: not read at all.
    writeFileSync(file, JSON.stringify({ language: 'ja', pad: 'x'.repeat(MAX_CHOICE_FILE_BYTES) }))
    expect(await store.load()).toBeNull()
    const started = performance.now()
    fifoAt(file)
    expect(await store.load()).toBeNull()
    rmSync(file)
    symlinkSync('/dev/zero', file)
    expect(await store.load()).toBeNull()
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('system files', () => {
  it("a FIFO at the managed preferences and Company Portal's Info.plist: the state is read, each a clean failure", async () => {
    sysroot = createFakeSysroot()
    fifoAt(path.join(sysroot.root, `/Library/Managed Preferences/${APP_ID}.plist`))
    fifoAt(path.join(sysroot.root, COMPANY_PORTAL_INFO_PLIST))
    symlinkSync(
      '/dev/zero',
      path.join(sysroot.root, '/Library/Managed Preferences/com.apple.extensiblesso.plist'),
    )
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const started = performance.now()
    const config = await readConfig({ system, user: { name: 'nobody', home: tempDir() } })
    const { state } = await readMacState({ system, now: Date.now })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(config.problems.map((p) => p.message)).toEqual([
      `/Library/Managed Preferences/${APP_ID}.plist (the device’s managed preferences) was ignored: failed: /Library/Managed Preferences/${APP_ID}.plist is a FIFO, not a regular file.`,
    ])
    expect(state.probes.companyPortal).toMatchObject({
      status: 'failed',
      detail: `failed: ${COMPANY_PORTAL_INFO_PLIST} is a FIFO, not a regular file`,
    })
    expect(state.verdict.status).toBe('healthy')
  })
})

describe('an unreadable history or app log is left out of reports and bundles, with its reason', () => {
  it('the history store names the file it could not read', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, HISTORY_FILE))
    await expect(createHistoryStore({ dir }).read()).rejects.toThrow(
      `the history could not be read: ${path.join(dir, HISTORY_FILE)} is a folder, not a regular file`,
    )
  })

  it('report and bundle succeed with a folder at history.jsonl and a FIFO as the app log; the manifest says why', async () => {
    sysroot = createFakeSysroot()
    const dataDir = tempDir()
    const homeDir = tempDir()
    mkdirSync(path.join(historyDir(dataDir), HISTORY_FILE), { recursive: true })
    fifoAt(path.join(appLogDir(homeDir), 'psso-helper.log'))
    const env = { ...sysroot.env, PSSO_HELPER_DATA_DIR: dataDir }
    const historyFile = path.join(historyDir(dataDir), HISTORY_FILE)

    const report = await runCliCaptured(['report'], { env, homeDir })
    expect(report.code).toBe(EXIT_OK)
    expect(report.stdout).toContain(
      `History not available: the history could not be read: ${historyFile} is a folder, not a regular file.`,
    )

    const out = path.join(tempDir(), 'x.zip')
    const bundle = await runCliCaptured(['bundle', '--out', out, '--without-unified-log'], { env, homeDir })
    expect(bundle.stderr).toBe('')
    expect(bundle.code).toBe(EXIT_OK)
    expect((await readAppLog(homeDir)).problems).toEqual([
      `${path.join(appLogDir(homeDir), 'psso-helper.log')} is a FIFO, not a regular file`,
    ])
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(out))['manifest.json']!))
    expect(manifest.omitted).toEqual(
      expect.arrayContaining([
        {
          path: 'history',
          reason: `the history could not be read: ${historyFile} is a folder, not a regular file`,
        },
        {
          path: 'logs/psso-helper.log',
          reason: `${path.join(appLogDir(homeDir), 'psso-helper.log')} is a FIFO, not a regular file`,
        },
      ]),
    )
  })
})
