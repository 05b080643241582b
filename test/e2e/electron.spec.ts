// The desktop app itself, driven through Playwright's _electron, where an Electron binary exists
// (a Mac or a dev box with the binary downloaded). It reads a fake Mac through PSSO_HELPER_SYSROOT.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { createFakeSysroot, synthetic } from '../helpers/fakeSysroot'

const REPO = path.resolve(import.meta.dirname, '../..')
const pathFile = path.join(REPO, 'node_modules/electron/path.txt')
const binary = existsSync(pathFile)
  ? path.join(REPO, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  : null

test.skip(!binary || !existsSync(binary), 'no Electron binary on this machine (it cannot be downloaded here)')

test('opens one secure window that shows the Mac’s verdict', async () => {
  const sysroot = createFakeSysroot({
    appSso: { stdoutFile: synthetic('app-sso/synthetic-password-needs-registration.txt') },
  })
  const userData = mkdtempSync(path.join(tmpdir(), 'psso-userdata-'))
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.join(REPO, 'out/main/index.cjs'), `--user-data-dir=${userData}`],
    env: { ...process.env, PSSO_HELPER_SYSROOT: sysroot.root },
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('status').filter({ hasText: /needs to be repaired/ })).toBeVisible()
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => Object.keys(window.helper ?? {}).includes('getState'))).toBe(true)
    const { width, height } = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows()
      return window!.getBounds()
    })
    expect([width, height]).toEqual([560, 640])
  } finally {
    await app.close()
    sysroot.cleanup()
    rmSync(userData, { recursive: true, force: true })
  }
})
