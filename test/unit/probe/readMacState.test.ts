// The state reader end to end through fake system roots: the real code, stub tools.
import { afterEach, describe, expect, it } from 'vitest'
import { readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps, type SystemAccess } from '../../../main/node/system/tools'
import {
  createFakeSysroot,
  realCapture,
  synthetic,
  type FakeSysroot,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'
import { readFileSync } from 'node:fs'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function stateFor(spec: FakeSysrootSpec, timeoutMs?: number) {
  sysroot = createFakeSysroot(spec)
  const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
  return readMacState({ system, now: () => Date.parse('2026-11-21T10:00:00Z'), timeoutMs })
}

describe('readMacState through a fake sysroot', () => {
  it('reads a healthy Password Mac and calls each tool as documented', async () => {
    const { state } = await stateFor({})
    expect(state).toMatchObject({
      capturedAt: '2026-04-25T09:41:29Z',
      os: { productName: 'macOS', version: '15.6', build: '24G84' },
      psso: { readable: true, configured: true, method: 'password', deviceRegistered: true },
      profile: {
        source: 'profiles',
        ssoPayloadCount: 1,
        authenticationMethod: 'Password',
        passcodePolicyPresent: false,
      },
      companyPortal: { installed: true, version: '5.2504.0', meetsMinimum: true },
      // Judged at the capture's own time, not at the reader's clock in November.
      verdict: { status: 'healthy', findings: [] },
    })
    expect(state.psso.tokens).toEqual({
      present: true,
      receivedAt: '2026-04-25T09:17:44Z',
      expiresAt: '2026-05-09T09:17:43Z',
      expired: false,
    })
    expect(sysroot!.calls('appSso')).toEqual([['platform', '-s']])
    expect(sysroot!.calls('profiles')).toEqual([['show', '-output', 'stdout-xml']])
  })

  it.each([
    // The facts of the two later additions (../shared/fixtures/app-sso/README.md), through the reader.
    [
      'tahoe-secure-enclave-configured-not-registered.txt',
      '2026-03-05T16:36:57Z',
      {
        configured: true,
        method: 'secureEnclaveKey',
        deviceRegistered: false,
        deviceId: null,
        tenantId: null,
      },
      { present: false, receivedAt: null, expiresAt: null, expired: null },
      'broken',
      'device-not-registered',
    ],
    [
      'sequoia-password-registered-earlier.txt',
      '2026-04-25T09:03:41Z',
      {
        configured: true,
        method: 'password',
        deviceRegistered: true,
        deviceId: '6a82637e-6910-4ce6-9e28-931ae32ceb3e',
        tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
      },
      {
        present: true,
        receivedAt: '2026-04-25T09:00:16Z',
        expiresAt: '2026-05-09T09:00:15Z',
        expired: false,
      },
      'healthy',
      null,
    ],
  ] as const)('reads %s in place', async (file, capturedAt, psso, tokens, verdict, firstBroken) => {
    const { state } = await stateFor({
      appSso: { stdoutFile: realCapture(file) },
      profiles: {
        stdoutFile: synthetic(
          file.startsWith('tahoe')
            ? 'profiles/synthetic-secure-enclave.xml'
            : 'profiles/synthetic-password.xml',
        ),
      },
      companyPortalVersion: '5.2604.0',
    })
    expect(state.capturedAt).toBe(capturedAt)
    expect(state.psso).toMatchObject({
      ...psso,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
    })
    expect(state.psso.tokens).toEqual(tokens)
    expect(state.verdict.status).toBe(verdict)
    expect(state.verdict.findings.find((f) => f.severity === 'broken')?.id ?? null).toBe(firstBroken)
  })

  it('judges expired tokens at the capture time', async () => {
    const { state } = await stateFor({
      appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') },
    })
    expect(state.psso.tokens.expired).toBe(true)
    expect(state.verdict).toEqual({
      status: 'broken',
      findings: [
        {
          id: 'tokens-expired',
          severity: 'broken',
          evidence: { 'psso.tokens.expiresAt': '2026-05-09T09:17:43Z', capturedAt: '2026-05-12T10:00:00Z' },
        },
      ],
    })
  })

  it('reads not configured, with Company Portal missing', async () => {
    const { state } = await stateFor({
      appSso: { stdoutFile: realCapture('not-configured.txt') },
      profiles: { stdoutFile: synthetic('profiles/synthetic-no-profiles.xml') },
      companyPortalVersion: null,
    })
    expect(state.psso).toMatchObject({
      configured: false,
      method: null,
      deviceRegistered: false,
      tokens: { present: false },
    })
    expect(state.companyPortal).toEqual({
      installed: false,
      version: null,
      minimumVersion: '5.2404.0',
      meetsMinimum: null,
      updatedAt: null,
    })
    expect(state.profile).toMatchObject({ source: 'profiles', ssoPayloadCount: 0 })
    expect(state.verdict.status).toBe('notConfigured')
  })

  it('says unknown, with the reason, when app-sso is missing', async () => {
    const { state } = await stateFor({ appSso: 'missing' })
    expect(state.psso).toMatchObject({
      readable: false,
      configured: null,
      deviceRegistered: null,
      tokens: { present: null },
    })
    expect(state.probes.appSso).toMatchObject({ status: 'notFound', detail: 'not found: /usr/bin/app-sso' })
    expect(state.verdict).toEqual({
      status: 'unknown',
      findings: [
        { id: 'state-unreadable', severity: 'unknown', evidence: { 'probes.appSso.status': 'notFound' } },
      ],
    })
  })

  it('reports a non-zero exit with its stderr', async () => {
    const { state } = await stateFor({ appSso: { exitCode: 64, stderr: 'app-sso: unknown option' } })
    expect(state.probes.appSso).toMatchObject({
      status: 'exitCode',
      detail: 'exited with code 64: app-sso: unknown option',
    })
    expect(state.verdict.status).toBe('unknown')
  })

  it('returns within the timeout plus a small margin when a tool hangs', async () => {
    const started = Date.now()
    const { state } = await stateFor({ appSso: { hang: true } }, 400)
    expect(Date.now() - started).toBeLessThan(400 + 1500)
    expect(state.probes.appSso).toMatchObject({ status: 'timedOut', detail: 'timed out after 400 ms' })
    expect(state.verdict.status).toBe('unknown')
    // The other probes still answered.
    expect(state.os.version).toBe('15.6')
  })

  it('refuses output far over the cap', async () => {
    const { state } = await stateFor({ appSso: { floodBytes: 6 * 1024 * 1024 } })
    expect(state.probes.appSso.status).toBe('outputTooLarge')
    expect(state.verdict.status).toBe('unknown')
  })

  it('marks output it cannot read as unparsable', async () => {
    const { state } = await stateFor({ appSso: { stdoutFile: synthetic('app-sso/synthetic-garbage.txt') } })
    expect(state.probes.appSso).toMatchObject({
      status: 'unparsable',
      detail: 'the output has no Device Configuration section',
    })
    expect(state.verdict.status).toBe('unknown')
  })

  it('falls back to the managed preferences file when profiles is denied', async () => {
    const { state } = await stateFor({
      profiles: { exitCode: 1, stderr: 'profiles: this command requires root' },
      managedSsoPreferences: readFileSync(
        synthetic('managed-preferences/synthetic-com.apple.extensiblesso.plist'),
      ),
    })
    expect(state.profile).toEqual({
      source: 'managedPreferences',
      ssoPayloadCount: null,
      platformSsoPayloadCount: null,
      kerberosRealms: null,
      nonPlatformSsoAccounts: null,
      currentAccountExcluded: null,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
      authenticationMethod: 'Password',
      useSharedDeviceKeys: true,
      accountDisplayName: null,
      passcodePolicyPresent: null,
    })
    expect(state.probes.profiles.status).toBe('exitCode')
  })

  it('says the configuration is unknown when both profiles and the preferences file are unavailable', async () => {
    const { state } = await stateFor({ profiles: 'missing' })
    expect(state.profile).toMatchObject({ source: null, ssoPayloadCount: null, authenticationMethod: null })
  })

  it('counts two SSO payloads and a passcode policy', async () => {
    expect(
      (await stateFor({ profiles: { stdoutFile: synthetic('profiles/synthetic-two-sso-payloads.xml') } }))
        .state.profile,
    ).toMatchObject({
      ssoPayloadCount: 2,
      authenticationMethod: 'UserSecureEnclaveKey',
    })
    sysroot!.cleanup()
    expect(
      (
        await stateFor({
          profiles: { stdoutFile: synthetic('profiles/synthetic-password-with-passcode-policy.xml') },
        })
      ).state.profile,
    ).toMatchObject({ ssoPayloadCount: 1, passcodePolicyPresent: true })
  })

  it('flags an old Company Portal', async () => {
    const { state } = await stateFor({ companyPortalVersion: '5.2310.1' })
    expect(state.companyPortal).toEqual({
      installed: true,
      version: '5.2310.1',
      minimumVersion: '5.2404.0',
      meetsMinimum: false,
      // When its Info.plist was written: an install or update.
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    })
  })

  it('runs the probes concurrently', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const pending = async <T>(value: T): Promise<T> => {
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, 20))
      inFlight--
      return value
    }
    const system: SystemAccess = {
      run: () => pending({ status: 'notFound', path: '/usr/bin/x', durationMs: 0 } as const),
      readFile: () => pending({ status: 'notFound', path: '/x' } as const),
      exists: async () => false,
      listFiles: async () => ({ status: 'notFound', path: '/x' }) as const,
    }
    await readMacState({ system, now: Date.now })
    // app-sso, profiles, sw_vers and both file reads are all under way at once.
    expect(maxInFlight).toBe(5)
  })
})
