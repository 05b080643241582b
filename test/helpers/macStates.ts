/** Real state models for UI tests: a capture file through the real parser and diagnosis. */
import { readFileSync } from 'node:fs'
import { diagnosisContext } from '../../main/common/diagnosis/rules'
import { DEFAULT_CONFIG } from '../../main/common/config/appConfig'
import type { MacState } from '../../main/common/model/macState'
import type { UserAnswers } from '../../main/common/ipc/contract'
import { stateFromCapture } from '../../main/node/probe/readMacState'
import { realCapture, synthetic } from './fakeSysroot'

const COMPANY_PORTAL_PLIST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>CFBundleShortVersionString</key><string>5.2504.0</string></dict></plist>\n',
)
const SW_VERS = 'ProductName:\t\tmacOS\nProductVersion:\t\t15.6\nBuildVersion:\t\t24G84\n'

/** On macOS 15.6 with Company Portal 5.2504.0. `real:sequoia-password-registered.txt` or `synthetic:app-sso/synthetic-password-tokens-expired.txt`. */
export function macStateFrom(fixture: string, answers: UserAnswers = {}): MacState {
  const [kind, name] = fixture.split(':') as ['real' | 'synthetic', string]
  const stdout = readFileSync(kind === 'real' ? realCapture(name) : synthetic(name), 'utf8')
  return stateFromCapture(
    {
      probedAt: '2026-11-21T10:00:00Z',
      appSso: { status: 'ok', stdout, stderr: '', durationMs: 5 },
      profiles: { status: 'notFound', path: '/usr/bin/profiles', durationMs: 1 },
      managedSsoPreferences: { status: 'notFound', path: '/Library/Managed Preferences' },
      swVers: { status: 'ok', stdout: SW_VERS, stderr: '', durationMs: 1 },
      companyPortalInfo: { status: 'ok', data: COMPANY_PORTAL_PLIST },
    },
    diagnosisContext(DEFAULT_CONFIG, answers),
  )
}
