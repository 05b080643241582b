// The facts each real capture shows (../shared/fixtures/app-sso/README.md), asserted in place.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAppSso } from '../../../main/node/parsers/appSso'
import { realCapture } from '../../helpers/fakeSysroot'

const read = (name: string) => parseAppSso(readFileSync(realCapture(name), 'utf8'))

describe('app-sso parser on the real captures', () => {
  it.each(['sequoia-password-registered.txt', 'sequoia-password-registered.terminal-transcript.txt'])(
    'reads the Password capture (%s)',
    (file) => {
      const facts = read(file)
      expect(facts).toMatchObject({
        readable: true,
        time: '2026-04-25T09:41:29Z',
        configured: true,
        extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
        method: 'password',
        methodRaw: 'POLoginTypePassword (1)',
        deviceRegistered: true,
        sharedDeviceKeys: true,
        deviceId: '38d94132-e90a-4e9d-bfdc-a52633ed2772',
        tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
        user: {
          registered: true,
          stateName: 'POUserStateNormal',
          stateValue: 0,
          stateClass: 'normal',
          method: 'password',
          upn: 'cake1@cake.run.place',
          loginUserName: 'c***@cake.run.place',
          lastLoginAt: '2026-04-25T09:17:44Z',
        },
        tokens: {
          receivedAt: '2026-04-25T09:17:44Z',
          expiresAt: '2026-05-09T09:17:43Z',
        },
      })
    },
  )

  it('reads the Secure Enclave capture, whose tenant Fleet redacted', () => {
    expect(read('sequoia-secure-enclave-registered.txt')).toMatchObject({
      readable: true,
      time: '2025-06-18T20:23:40Z',
      configured: true,
      method: 'secureEnclaveKey',
      deviceRegistered: true,
      deviceId: '34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab',
      tenantId: null,
      user: {
        registered: true,
        stateName: 'POUserStateNormal',
        stateClass: 'normal',
        upn: 'foobar@contoso.onmicrosoft.com',
        loginUserName: 'f***@contoso.onmicrosoft.com',
      },
      tokens: { receivedAt: '2025-06-18T20:22:55Z', expiresAt: '2025-07-02T20:22:54Z' },
    })
  })

  it('reads the not-configured capture as three (null) sections and no tokens', () => {
    expect(read('not-configured.txt')).toMatchObject({
      readable: true,
      time: '2025-06-18T20:42:20Z',
      configured: false,
      extensionIdentifier: null,
      method: null,
      deviceRegistered: false,
      deviceId: null,
      user: { registered: null, stateName: null, upn: null },
      tokens: null,
    })
  })

  it('reads the derived capture as device registered, this user not registered', () => {
    expect(read('derived-user-not-registered.txt')).toMatchObject({
      configured: true,
      method: 'secureEnclaveKey',
      deviceRegistered: true,
      deviceId: '34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab',
      user: { registered: false, stateName: null, upn: null, loginUserName: null },
      tokens: null,
    })
  })

  it('reads the synthetic no-tokens capture: state normal, empty kerberosStatus, no tokens', () => {
    expect(read('synthetic-no-tokens-empty-kerberos.txt')).toMatchObject({
      configured: true,
      deviceRegistered: true,
      user: {
        registered: true,
        stateClass: 'normal',
        upn: null,
        loginUserName: 'f***@contoso.onmicrosoft.com',
      },
      tokens: null,
    })
  })

  // The facts of the two later additions (../shared/fixtures/app-sso/README.md).
  it('reads the macOS 26 capture: configured, device registration not completed, and the keys 26 adds', () => {
    const facts = read('tahoe-secure-enclave-configured-not-registered.txt')
    expect(facts).toMatchObject({
      readable: true,
      time: '2026-03-05T16:36:57Z',
      configured: true,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
      method: 'secureEnclaveKey',
      methodRaw: 'POLoginTypeUserSecureEnclaveKey (2)',
      deviceRegistered: false,
      deviceId: null,
      tenantId: null,
      fileVaultPolicy: null,
      user: {
        registered: false,
        configurationPresent: false,
        stateName: null,
        upn: null,
        kerberosRealms: [],
      },
      tokens: null,
    })
    expect(facts.deviceSettings).toEqual({
      createFirstUserDuringSetupEnabled: true,
      createUserLoginTypes: [1, 3],
      synchronizeProfilePicture: false,
      temporarySessionQuickLogin: false,
      authGracePeriodStart: '2026-03-04T21:01:56Z',
      newUserAuthorizationMode: 'None',
      userAuthorizationMode: 'None',
      allowAccessTokenExpressMode: false,
      accessTokenTerminalIdentityKeys: {
        _accessTokenTerminalIdentityKeySEP: false,
        _accessTokenTerminalIdentityKeySystem: false,
      },
    })
  })

  it('reads the earlier revision of the Password capture: another device registration, tokens present', () => {
    expect(read('sequoia-password-registered-earlier.txt')).toMatchObject({
      readable: true,
      time: '2026-04-25T09:03:41Z',
      configured: true,
      extensionIdentifier: 'com.microsoft.CompanyPortalMac.ssoextension',
      method: 'password',
      methodRaw: 'POLoginTypePassword (1)',
      deviceRegistered: true,
      deviceId: '6a82637e-6910-4ce6-9e28-931ae32ceb3e',
      tenantId: '0dde70e6-f430-449f-8bce-f4d0a9eca2a4',
      fileVaultPolicy: 'AttemptAuthentication',
      user: {
        registered: true,
        configurationPresent: true,
        stateName: 'POUserStateNormal',
        stateValue: 0,
        stateClass: 'normal',
        upn: 'cake1@cake.run.place',
        kerberosRealms: ['KERBEROS.MICROSOFTONLINE.COM'],
      },
      tokens: { receivedAt: '2026-04-25T09:00:16Z', expiresAt: '2026-05-09T09:00:15Z' },
    })
  })

  it('prints none of the macOS 26 keys on 15.x captures', () => {
    expect(read('sequoia-password-registered.txt').deviceSettings).toMatchObject({
      createFirstUserDuringSetupEnabled: null,
      accessTokenTerminalIdentityKeys: null,
    })
  })
})
