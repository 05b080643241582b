// The CLI reads the organisation's profile: the expiry window, contact details and password page.
import { build as buildPlist } from 'plist'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_ID } from '../../../main/common/identity'
import { createFakeSysroot, synthetic, type FakeSysroot } from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function cli(argv: string[], managed: Record<string, unknown> | null) {
  sysroot = createFakeSysroot({
    appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expiring-soon.txt') },
    files: managed ? { [`/Library/Managed Preferences/${APP_ID}.plist`]: buildPlist(managed as never) } : {},
  })
  return (await runCliCaptured(argv, { env: sysroot.env })).stdout
}

const findingIds = (json: string) => JSON.parse(json).verdict.findings.map((f: { id: string }) => f.id)

describe('managed configuration reaches the CLI', () => {
  it('uses TokenExpiryWarningHours from the profile for the expiry warning', async () => {
    // The tokens expire 23 hours after this capture.
    expect(findingIds(await cli(['status', '--json'], null))).toContain('tokens-expiring-soon')
    expect(findingIds(await cli(['status', '--json'], { TokenExpiryWarningHours: 12 }))).not.toContain(
      'tokens-expiring-soon',
    )
  })

  it("prints the organisation's password page and helpdesk in the guides", async () => {
    const managed = {
      SupportPhone: '+81 3-1234-5678',
      PasswordChangeURL: 'https://passwords.contoso.example/change',
    }
    const passwordReset = await cli(['guide', 'password-changed-in-entra'], managed)
    expect(passwordReset).toContain('https://passwords.contoso.example/change')
    expect(passwordReset).not.toContain('mysignins.microsoft.com')
    expect(await cli(['guide', 'helpdesk-handoff'], managed)).toContain('+81 3-1234-5678')
  })
})
