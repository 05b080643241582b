/**
 * Derives the synthetic fixtures under test/fixtures/ from the real captures in
 * ../shared/fixtures/ (read in place, never edited). No public capture exists for these states, so
 * each is a documented edit of a real one, following ../shared/docs/app-sso-format.md.
 *
 *   npx tsx scripts/synthetic-fixtures.ts          write them
 *   (test/unit/fixtures.test.ts checks that the committed files equal what this derives)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { build as buildPlist, buildBinary, parse as parsePlist, type PlistValue } from 'plist'

const root = path.resolve(import.meta.dirname, '..')
export const SHARED_FIXTURES = path.resolve(root, '../shared/fixtures')
export const SYNTHETIC_FIXTURES = path.join(root, 'test/fixtures')

const real = (name: string) => readFileSync(path.join(SHARED_FIXTURES, 'app-sso', name), 'utf8')

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to)
  if (next === text) throw new Error(`derivation no longer applies: ${String(from)} not found`)
  return next
}

const withoutTokens = (text: string) => replaceOnce(text, /SSO Tokens:\n[\s\S]*$/, '')
const withTime = (text: string, date: string, time: string) =>
  replaceOnce(text, /^Time: .*$/m, `Time: ${date} ${time} +0000`).replace(
    /"created" : "[^"]+"/g,
    `"created" : "${date}T${time}Z"`,
  )

export interface SyntheticFixture {
  file: string
  derivedFrom: string
  shows: string
  content: string | Buffer
}

/** Every synthetic fixture, with what it is derived from and what it shows. */
export function deriveFixtures(): SyntheticFixture[] {
  const password = real('sequoia-password-registered.txt')
  const secureEnclave = real('sequoia-secure-enclave-registered.txt')
  const mobileconfig = readFileSync(
    path.join(SHARED_FIXTURES, 'reference/entra-psso-secure-enclave.mobileconfig'),
    'utf8',
  )

  const appSso: SyntheticFixture[] = [
    {
      file: 'app-sso/synthetic-password-needs-registration.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'after an Entra password reset: user state POUserStateNeedsRegistration (2) (name and number as scripts report them, unverified), no SSO Tokens section, captured 2026-05-02',
      content: replaceOnce(
        withTime(withoutTokens(password), '2026-05-02', '08:15:00'),
        '"state" : "POUserStateNormal (0)"',
        '"state" : "POUserStateNeedsRegistration (2)"',
      ),
    },
    {
      file: 'app-sso/synthetic-password-needs-new-keys.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows: 'user state POUserStateNeedsNewKeys (1), tokens still present and not expired',
      content: replaceOnce(
        password,
        '"state" : "POUserStateNormal (0)"',
        '"state" : "POUserStateNeedsNewKeys (1)"',
      ),
    },
    {
      file: 'app-sso/synthetic-password-tokens-expired.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'captured 2026-05-12, after the tokens expired on 2026-05-09T09:17:43Z; the suffix "(Expired)" is a guess',
      content: replaceOnce(withTime(password, '2026-05-12', '10:00:00'), '(Not Expired)', '(Expired)'),
    },
    {
      file: 'app-sso/synthetic-password-registered-fresh-tokens.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'after re-registration: state normal, tokens received 2026-05-02T08:40:00Z, captured 2026-05-02T08:41:00Z',
      content: replaceOnce(
        replaceOnce(
          withTime(password, '2026-05-02', '08:41:00'),
          /Received:\n.*\nExpiration:\n.*\n/,
          'Received:\n2026-05-02T08:40:00Z\nExpiration:\n2026-05-16T08:39:59Z (Not Expired)\n',
        ),
        /"lastLoginDate" : "[^"]+"/,
        '"lastLoginDate" : "2026-05-02T08:40:00Z"',
      ),
    },
    {
      file: 'app-sso/synthetic-password-tokens-expiring-soon.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'captured 2026-05-08T10:00:00Z, less than a day before the tokens expire on 2026-05-09T09:17:43Z',
      content: withTime(password, '2026-05-08', '10:00:00'),
    },
    {
      file: 'app-sso/synthetic-password-registered-stale-tokens.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'captured 2026-05-02T08:30:00Z: state normal, tokens still the ones received 2026-04-25 (before a repair that started that morning)',
      content: withTime(password, '2026-05-02', '08:30:00'),
    },
    {
      file: 'app-sso/synthetic-password-device-not-registered.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'profile delivered, device not registered: registrationCompleted false, no deviceSigningCertificate, Login and User (null), no tokens (the shape of Fleet sample 03)',
      content: replaceOnce(
        replaceOnce(
          replaceOnce(withoutTokens(password), /\n {2}"deviceSigningCertificate" : "[^"]+",/, ''),
          '"registrationCompleted" : true',
          '"registrationCompleted" : false',
        ),
        /Login Configuration:\n \{[\s\S]*\n\}\n\nUser Configuration:\n \{[\s\S]*\n\}\n\n/,
        'Login Configuration:\n (null)\n\nUser Configuration:\n (null)\n\n',
      ),
    },
    {
      file: 'app-sso/synthetic-secure-enclave-future-keys.txt',
      derivedFrom: 'sequoia-secure-enclave-registered.txt',
      shows:
        'a future macOS: unknown keys in every section, an unknown user state name POUserStateNeedsBinding (5), an unknown loginType number "(null) (9)" in the user section',
      content: replaceOnce(
        replaceOnce(
          replaceOnce(
            secureEnclave,
            '"allowDeviceIdentifiersInAttestation" : false,',
            '"allowAccessTokenExpressMode" : true,\n  "allowDeviceIdentifiersInAttestation" : false,\n  "futureNestedKey" : {\n    "braces" : "{ not } a section",\n    "list" : [\n\n    ]\n  },',
          ),
          '"state" : "POUserStateNormal (0)"',
          '"state" : "POUserStateNeedsBinding (5)"',
        ),
        /(User Configuration:\n \{[\s\S]*?)"loginType" : "[^"]+"/,
        '$1"loginType" : "(null) (9)"',
      ),
    },
    {
      file: 'app-sso/synthetic-password-registered-crlf.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows: 'the same capture with CRLF line endings (pasted through Windows tools)',
      content: password.replace(/\n/g, '\r\n'),
    },
    {
      file: 'app-sso/synthetic-password-two-kerberos-realms.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows:
        'kerberosStatus lists an on-premises realm (CORP.EXAMPLE.COM, short name) before the Entra cloud realm (Microsoft documents both beside Platform SSO)',
      content: replaceOnce(
        password,
        '"kerberosStatus" : [\n    {',
        '"kerberosStatus" : [\n    {\n      "cacheName" : "7A1E2C3D-4B5F-4061-8728-39A4B5C6D7E8",\n      "exchangeRequired" : false,\n      "failedToConnect" : false,\n      "importSuccessful" : true,\n      "realm" : "CORP.EXAMPLE.COM",\n      "ticketKeyPath" : "tgt_onprem",\n      "upn" : "cake1@CORP.EXAMPLE.COM"\n    },\n    {',
      ),
    },
    {
      file: 'app-sso/synthetic-password-unknown-user-state.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows: 'a user state name no macOS is known to print (POUserStateSomethingNew (9)): unrecognised',
      content: replaceOnce(
        password,
        '"state" : "POUserStateNormal (0)"',
        '"state" : "POUserStateSomethingNew (9)"',
      ),
    },
    {
      file: 'app-sso/synthetic-garbage.txt',
      derivedFrom: 'none',
      shows: 'not app-sso output at all (an error message)',
      content: 'app-sso: Platform SSO is not available on this system.\n',
    },
    {
      file: 'app-sso/synthetic-empty.txt',
      derivedFrom: 'none',
      shows: 'empty output',
      content: '',
    },
    {
      file: 'app-sso/synthetic-truncated.txt',
      derivedFrom: 'sequoia-password-registered.txt',
      shows: 'output cut off in the middle of the Device Configuration JSON',
      content: password.slice(0, 900),
    },
  ]

  // profiles show -output stdout-xml: the installed profile's payloads under ProfileItems, each with
  // its PayloadType and a PayloadContent dictionary (structure per Apple's profiles(1) XML output;
  // no verbatim public output with a PlatformSSO payload exists).
  const profile = parsePlist(mobileconfig) as Record<string, PlistValue>
  const [ssoPayload] = profile.PayloadContent as Record<string, PlistValue>[]
  const asProfileItem = (payload: Record<string, PlistValue>) => {
    const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName, ...content } =
      payload
    return {
      PayloadType,
      PayloadIdentifier,
      PayloadUUID,
      PayloadVersion,
      PayloadDisplayName,
      PayloadContent: content,
    } as Record<string, PlistValue>
  }
  const profileEntry = (items: Record<string, PlistValue>[], name: string, id: string) => ({
    ProfileDisplayName: name,
    ProfileIdentifier: id,
    ProfileInstallDate: '2025-06-18 13:05:12 +0000',
    ProfileItems: items,
    ProfileOrganization: 'Contoso',
    ProfileType: 'Configuration',
    ProfileUUID: String(profile.PayloadUUID),
    ProfileVerificationState: 'verified',
  })
  const secureEnclaveItem = asProfileItem(ssoPayload!)
  const passwordPayload = structuredClone(ssoPayload!) as Record<string, PlistValue>
  passwordPayload.AuthenticationMethod = 'Password'
  ;(passwordPayload.PlatformSSO as Record<string, PlistValue>).AuthenticationMethod = 'Password'
  const passwordItem = asProfileItem(passwordPayload)
  const {
    PlatformSSO: _platformSso,
    AuthenticationMethod: _method,
    ...legacyPayload
  } = structuredClone(ssoPayload!)
  const legacySsoItem = asProfileItem({
    ...legacyPayload,
    PayloadIdentifier: 'com.apple.extensiblesso.legacy-device-features',
    PayloadUUID: '0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9',
  })
  const passcodeItem = {
    PayloadType: 'com.apple.mobiledevice.passwordpolicy',
    PayloadIdentifier: 'com.apple.mobiledevice.passwordpolicy.5E6F7081-92A3-4B4C-8D9E-AFB0C1D2E3F4',
    PayloadUUID: '5E6F7081-92A3-4B4C-8D9E-AFB0C1D2E3F4',
    PayloadVersion: 1,
    PayloadContent: { minLength: 14, requireAlphanumeric: true, minComplexChars: 2 },
  }
  // Apple's Kerberos SSO extension beside Platform SSO, as Microsoft documents it: Type Credential,
  // the cloud realm and an on-premises one, usePlatformSSOTGT [KRB], payload keys per [AY].
  const kerberosItem = (realm: string, uuid: string) =>
    ({
      PayloadType: 'com.apple.extensiblesso',
      PayloadIdentifier: `com.apple.extensiblesso.${uuid}`,
      PayloadUUID: uuid,
      PayloadVersion: 1,
      PayloadDisplayName: 'Kerberos SSO',
      PayloadContent: {
        ExtensionIdentifier: 'com.apple.AppSSOKerberos.KerberosExtension',
        TeamIdentifier: 'apple',
        Type: 'Credential',
        Realm: realm,
        Hosts:
          realm === 'KERBEROS.MICROSOFTONLINE.COM'
            ? ['windows.net', '.windows.net']
            : ['corp.example.com', '.corp.example.com'],
        ExtensionData: { usePlatformSSOTGT: true, performKerberosOnly: true, allowAutomaticLogin: true },
      },
    }) as Record<string, PlistValue>
  const excludingPayload = structuredClone(passwordPayload)
  ;(excludingPayload.PlatformSSO as Record<string, PlistValue>).NonPlatformSSOAccounts = [
    'localadmin',
    'itsupport',
  ]
  const profilesXml = (computerLevel: ReturnType<typeof profileEntry>[]) =>
    buildPlist({ _computerlevel: computerLevel } as unknown as PlistValue)
  const profiles: SyntheticFixture[] = [
    {
      file: 'profiles/synthetic-secure-enclave.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows: 'one PSSO payload, UserSecureEnclaveKey, shared device keys',
      content: profilesXml([
        profileEntry([secureEnclaveItem], 'PlatformSSO', String(profile.PayloadIdentifier)),
      ]),
    },
    {
      file: 'profiles/synthetic-password.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows: 'one PSSO payload with AuthenticationMethod Password',
      content: profilesXml([profileEntry([passwordItem], 'PlatformSSO', String(profile.PayloadIdentifier))]),
    },
    {
      file: 'profiles/synthetic-password-with-passcode-policy.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows:
        'Password method plus a passcode policy payload (Microsoft: a stricter local policy blocks password sync)',
      content: profilesXml([
        profileEntry([passwordItem], 'PlatformSSO', String(profile.PayloadIdentifier)),
        profileEntry([passcodeItem], 'Passcode', 'com.contoso.passcode'),
      ]),
    },
    {
      file: 'profiles/synthetic-two-sso-payloads.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows: 'the PSSO profile plus an old SSO-extension (Device Features) profile: Microsoft error 10002',
      content: profilesXml([
        profileEntry([secureEnclaveItem], 'PlatformSSO', String(profile.PayloadIdentifier)),
        profileEntry([legacySsoItem], 'Device Features', 'com.contoso.devicefeatures'),
      ]),
    },
    {
      file: 'profiles/synthetic-password-with-kerberos-sso.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows:
        'the PSSO profile (Password) plus two Kerberos SSO payloads (KERBEROS.MICROSOFTONLINE.COM and CORP.EXAMPLE.COM) as Microsoft documents: not a conflict',
      content: profilesXml([
        profileEntry([passwordItem], 'PlatformSSO', String(profile.PayloadIdentifier)),
        profileEntry(
          [
            kerberosItem('KERBEROS.MICROSOFTONLINE.COM', '1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D'),
            kerberosItem('CORP.EXAMPLE.COM', '2B3C4D5E-6F70-4B8C-9DAE-1F2A3B4C5D6E'),
          ],
          'Kerberos SSO',
          'com.contoso.kerberos',
        ),
      ]),
    },
    {
      file: 'profiles/synthetic-password-non-platform-sso-accounts.xml',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows: 'Password method with PlatformSSO NonPlatformSSOAccounts = localadmin, itsupport (macOS 14+)',
      content: profilesXml([
        profileEntry([asProfileItem(excludingPayload)], 'PlatformSSO', String(profile.PayloadIdentifier)),
      ]),
    },
    {
      file: 'profiles/synthetic-no-profiles.xml',
      derivedFrom: 'none',
      shows: 'no configuration profiles installed',
      content: profilesXml([]),
    },
    {
      file: 'managed-preferences/synthetic-com.apple.extensiblesso.plist',
      derivedFrom: 'reference/entra-psso-secure-enclave.mobileconfig',
      shows: 'the SSO payload as a binary managed-preferences plist (the fallback when profiles is denied)',
      content: Buffer.from(buildBinary(asProfileItem(passwordPayload).PayloadContent as PlistValue)),
    },
  ]
  return [...appSso, ...profiles, ...signInLogs()]
}

/**
 * Synthetic SSO-extension logs: no public real error log exists. Lines follow Microsoft's documented
 * format `local time | I/W/E | TID=… MSAL <v> Mac <v> [UTC time - correlation id] message` [TS]; the
 * error texts are Microsoft's AADSTS descriptions [AADSTS], wrapped the way MSAL reports an error
 * (MSALErrorDescriptionKey, MSALOAuthErrorKey). Times fit sequoia-password-registered.txt: tokens
 * received 09:17:44Z, captured 09:41:29Z (the Mac's local time is UTC+2).
 */
function signInLogs(): SyntheticFixture[] {
  const line = (level: 'I' | 'W' | 'E', utc: string, message: string) => {
    const [date, time] = utc.split(' ') as [string, string]
    const local = `${date} ${String(Number(time.slice(0, 2)) + 2).padStart(2, '0')}${time.slice(2)}:000`
    return `${local} | ${level} | TID=41207 MSAL 1.2.26 Mac 15.6 [${utc} - 0c7c3a5e-8d2b-4b61-9d11-3f0b7d7c2a11] ${message}`
  }
  const msalError = (description: string, oauth: string) =>
    `Error Domain=MSALErrorDomain Code=-50000 "(null)" UserInfo={MSALErrorDescriptionKey=${description}, MSALOAuthErrorKey=${oauth}}`
  const refresh = (utc: string) => line('I', utc, 'Acquired new PRT successfully, refresh in 4 hours')
  const errors: [string, string, string][] = [
    [
      'aadsts50173',
      'AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
      'invalid_grant',
    ],
    [
      'aadsts50133',
      'AADSTS50133: Session is invalid due to expiration or recent password change.',
      'invalid_grant',
    ],
    [
      'aadsts50126',
      'AADSTS50126: Error validating credentials due to invalid username or password.',
      'invalid_grant',
    ],
    ['aadsts50055', 'AADSTS50055: The password is expired.', 'invalid_grant'],
    ['aadsts50144', "AADSTS50144: The user's Active Directory password has expired.", 'invalid_grant'],
    [
      'aadsts50076',
      'AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
      'interaction_required',
    ],
    [
      'aadsts50079',
      'AADSTS50079: The user is required to register for multi-factor authentication.',
      'interaction_required',
    ],
    [
      'aadsts53003',
      'AADSTS53003: Access has been blocked by Conditional Access policies.',
      'interaction_required',
    ],
    ['aadsts50097', 'AADSTS50097: Device authentication is required.', 'interaction_required'],
    ['aadsts50155', 'AADSTS50155: Device authentication failed for this user.', 'invalid_grant'],
    ['aadsts135011', 'AADSTS135011: Device used during the authentication is disabled.', 'invalid_grant'],
    ['aadsts700003', 'AADSTS700003: Device object was not found in the tenant directory.', 'invalid_grant'],
    ['aadsts700082', 'AADSTS700082: The refresh token has expired due to inactivity.', 'invalid_grant'],
    ['invalid-grant', 'The refresh token was refused by the server.', 'invalid_grant'],
  ]
  const logs: SyntheticFixture[] = errors.map(([name, description, oauth]) => ({
    file: `sso-extension-log/synthetic-${name}.log`,
    derivedFrom: "none: Microsoft's documented line format [TS] and error text [AADSTS]",
    shows: `a refresh at 09:17:44Z, then ${description.split(':')[0]} (${oauth}) at 09:30:00Z, before the capture`,
    content: `${[refresh('2026-04-25 09:17:44'), line('E', '2026-04-25 09:30:00', msalError(description, oauth))].join('\n')}\n`,
  }))
  return [
    ...logs,
    {
      file: 'sso-extension-log/synthetic-stale-error-then-refresh.log',
      derivedFrom: "none: Microsoft's documented line format [TS] and error text [AADSTS]",
      shows: 'AADSTS50173 at 09:20:00Z, then a successful refresh at 09:25:00Z: history, not a finding',
      content: `${[
        line('E', '2026-04-25 09:20:00', msalError(errors[0]![1], 'invalid_grant')),
        refresh('2026-04-25 09:25:00'),
      ].join('\n')}\n`,
    },
    {
      file: 'sso-extension-log/synthetic-error-before-tokens.log',
      derivedFrom: "none: Microsoft's documented line format [TS] and error text [AADSTS]",
      shows: "AADSTS50173 at 09:10:00Z, before app-sso's token receipt (09:17:44Z): history",
      content: `${line('E', '2026-04-25 09:10:00', msalError(errors[0]![1], 'invalid_grant'))}\n`,
    },
    {
      file: 'sso-extension-log/synthetic-error-after-capture.log',
      derivedFrom: "none: Microsoft's documented line format [TS] and error text [AADSTS]",
      shows: 'AADSTS50173 at 09:50:00Z, after the capture (09:41:29Z): not judged',
      content: `${line('E', '2026-04-25 09:50:00', msalError(errors[0]![1], 'invalid_grant'))}\n`,
    },
    {
      file: 'sso-extension-log/synthetic-untrusted-certificate.log',
      derivedFrom:
        "none: Microsoft's documented line format [TS]; NSURLErrorDomain -1202 as Foundation reports it",
      shows: 'an untrusted server certificate on login.microsoftonline.com at 09:30:00Z (TLS inspection)',
      content: `${[
        refresh('2026-04-25 09:17:44'),
        line(
          'E',
          '2026-04-25 09:30:00',
          'Error Domain=NSURLErrorDomain Code=-1202 "The certificate for this server is invalid. You might be connecting to a server that is pretending to be login.microsoftonline.com."',
        ),
      ].join('\n')}\n`,
    },
    {
      file: 'unified-log/synthetic-platformsso-1001.ndjson',
      derivedFrom: 'none: log show --style ndjson fields; the error text Microsoft quotes [T]',
      shows: 'the macOS 15.0–15.2 device-configuration error (com.apple.PlatformSSO Code=-1001) at 09:30:00Z',
      content: `${JSON.stringify({
        timestamp: '2026-04-25 09:30:00.123456+0000',
        subsystem: 'com.apple.AppSSO',
        processImagePath: '/System/Library/PrivateFrameworks/AppSSOCore.framework/Support/AppSSODaemon',
        messageType: 'Error',
        eventMessage:
          'Error Domain=com.apple.PlatformSSO Code=-1001 "Error deserializing device config." UserInfo={NSLocalizedDescription=Error deserializing device config.}',
      })}\n`,
    },
  ]
}

export function writeFixtures(): void {
  const fixtures = deriveFixtures()
  for (const fixture of fixtures) {
    const target = path.join(SYNTHETIC_FIXTURES, fixture.file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, fixture.content)
  }
  const readme = [
    '# Synthetic fixtures',
    '',
    'Every file here is **synthetic**: no public capture exists for these states. Each is derived by',
    '`scripts/synthetic-fixtures.ts` from a real capture in `../shared/fixtures/` (read in place, never edited)',
    'following `../shared/docs/app-sso-format.md`; a test fails when a file differs from its derivation.',
    'The `sso-extension-log/` and `unified-log/` files are **synthetic** too: no public real error log of the',
    "Microsoft SSO extension exists, so they are built from Microsoft's documented line format",
    '(troubleshoot-mac-sso-extension-plugin) and its AADSTS error texts (reference-error-codes).',
    'Do not edit these files by hand: change the script and run `npx tsx scripts/synthetic-fixtures.ts`.',
    '',
    '| file | derived from | what it shows |',
    '|---|---|---|',
    ...fixtures.map((f) => `| \`${f.file}\` | ${f.derivedFrom} | ${f.shows} |`),
    '',
  ].join('\n')
  writeFileSync(path.join(SYNTHETIC_FIXTURES, 'README.md'), readme)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) writeFixtures()
