// The sign-in logs are the slowest read, and a repair re-checks every few seconds: the app reads
// them once a minute through the real reader (a fake system root), and every state read in that
// minute sees the same events; the app's core re-reads the managed preferences before a read,
// so that read is diagnosed with them.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { DiagnosisContext } from '../../../main/common/diagnosis/rules'
import { readMacState, readSignInLogs, recentSignInLogs } from '../../../main/node/probe/readMacState'
import { SSO_EXTENSION_LOG_DIR } from '../../../main/node/probe/ssoExtensionLog'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { testAppCore } from '../../helpers/appCores'
import { createFakeSysroot, FAKE_USER, synthetic, type FakeSysroot } from '../../helpers/fakeSysroot'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

describe('recentSignInLogs', () => {
  it('reads the logs once per minute for every state read, then again', async () => {
    sysroot = createFakeSysroot({
      files: {
        [`${FAKE_USER.home}/${SSO_EXTENSION_LOG_DIR}/SSOExtension.log`]: readFileSync(
          synthetic('sso-extension-log/synthetic-aadsts50173.log'),
        ),
      },
    })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    let clock = Date.parse('2026-04-25T10:00:00Z')
    const now = () => clock
    const signInLogs = recentSignInLogs((user) => readSignInLogs(system, user, now), now)
    const read = () => readMacState({ system, now, user: FAKE_USER, signInLogs })

    const [first, second] = await Promise.all([read(), read()])
    clock += 59_000
    const third = await read()
    // One `log show` for the three reads; the same events in each.
    expect(sysroot.calls('log')).toHaveLength(1)
    expect(first.state.signInLog.events.map((e) => e.signature)).toContain('AADSTS50173')
    expect(second.state.signInLog).toEqual(first.state.signInLog)
    expect(third.state.signInLog).toEqual(first.state.signInLog)
    // A minute on, the logs are read again.
    clock += 2_000
    await read()
    expect(sysroot.calls('log')).toHaveLength(2)
  })

  it('never shares one user’s logs with another', async () => {
    const reads: string[] = []
    const signInLogs = recentSignInLogs(
      async (user) => {
        reads.push(user.home)
        return { report: { status: 'skipped', durationMs: null, detail: 'test' }, events: [] }
      },
      () => 0,
    )
    await signInLogs(FAKE_USER)
    await signInLogs({ name: 'other', home: '/Users/other' })
    expect(reads).toEqual([FAKE_USER.home, '/Users/other'])
  })
})

describe('the app core re-reads the managed preferences before a read', () => {
  it('diagnoses that read with them', async () => {
    let config = { ...DEFAULT_CONFIG, TokenExpiryWarningHours: 24 }
    const seen: DiagnosisContext[] = []
    const core = testAppCore({
      config: () => config,
      refreshConfig: async () => {
        config = { ...config, TokenExpiryWarningHours: 6 }
      },
      read: async (diagnosis) => {
        seen.push(diagnosis)
        throw new Error('the Mac is not read in this test')
      },
    })
    await core.stateOwner.readState('focus')
    expect(seen.map((d) => d.tokenExpiryWarningHours)).toEqual([6])
    core.dispose()
  })
})
