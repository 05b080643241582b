/**
 * In-memory captures of every app-sso fixture (real and synthetic), for tests that need many states
 * without spawning tools: a RawCapture as the probes would return it, with a fixed macOS and
 * Company Portal.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { RawCapture } from '../../main/node/probe/readMacState'
import { SHARED_APP_SSO, SYNTHETIC } from './fakeSysroot'

export interface AppSsoFixture {
  name: string
  text: string
}

/** Every app-sso fixture: the real captures in place, then the synthetic ones. */
export function appSsoFixtures(): AppSsoFixture[] {
  const list = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }))
  return [...list(SHARED_APP_SSO), ...list(path.join(SYNTHETIC, 'app-sso'))]
}

export const profilesFixture = (name = 'synthetic-password.xml') =>
  readFileSync(path.join(SYNTHETIC, 'profiles', name), 'utf8')

export function captureOf(
  appSso: string,
  {
    profiles = profilesFixture(),
    companyPortalVersion = '5.2504.0',
    macOS = '15.6',
  }: { profiles?: string; companyPortalVersion?: string | null; macOS?: string } = {},
): RawCapture {
  const ok = (stdout: string) => ({ status: 'ok' as const, stdout, stderr: '', durationMs: 5 })
  return {
    probedAt: '2026-11-21T10:00:00Z',
    appSso: ok(appSso),
    profiles: ok(profiles),
    managedSsoPreferences: {
      status: 'notFound',
      path: '/Library/Managed Preferences/com.apple.extensiblesso.plist',
    },
    swVers: ok(`ProductName:\tmacOS\nProductVersion:\t${macOS}\nBuildVersion:\t24G84\n`),
    companyPortalInfo:
      companyPortalVersion === null
        ? { status: 'notFound', path: '/Applications/Company Portal.app/Contents/Info.plist' }
        : {
            status: 'ok',
            data: Buffer.from(
              `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>CFBundleShortVersionString</key><string>${companyPortalVersion}</string></dict></plist>\n`,
            ),
          },
  }
}
