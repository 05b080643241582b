/**
 * The typed state model of a Mac's Platform SSO, and the public JSON contract of `status --json`.
 * Admins build inventory on this shape: add fields, never rename or remove them without a new
 * schemaVersion. Unknown values are null, never guessed. docs/status.schema.json is generated from
 * this file (npm run generate) and a test fails when it is stale.
 *
 * The schema is written once, as a builder taking zod as a parameter, and the types are inferred
 * from it: zod is imported as a type only, so the renderer bundles none of it. Main, the CLI and the
 * generator use the built schema (./macState.schema.ts).
 */
import type { z } from 'zod'
import { FINDING_IDS } from '../diagnosis/findingIds'

export const SCHEMA_VERSION = 1

type Zod = typeof z

export const PSSO_METHODS = [
  'password',
  'secureEnclaveKey',
  'smartCard',
  'accessKey',
  'none',
  'unknown',
] as const
export type PssoMethod = (typeof PSSO_METHODS)[number]

/** How a user's `state` reads: the symbolic name decides, the number is kept only for display. */
export const USER_STATE_CLASSES = ['normal', 'needsRegistration', 'needsNewKeys', 'other'] as const
export type UserStateClass = (typeof USER_STATE_CLASSES)[number]

export const VERDICT_STATUSES = ['healthy', 'attention', 'broken', 'notConfigured', 'unknown'] as const
export type VerdictStatus = (typeof VERDICT_STATUSES)[number]

/**
 * A finding's severity names the verdict it implies; `info` implies none. The verdict is the most
 * severe finding's level (see diagnosis/verdict.ts).
 */
export const SEVERITIES = ['unknown', 'notConfigured', 'broken', 'attention', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const PROBE_STATUSES = [
  'ok',
  'notFound',
  'exitCode',
  'timedOut',
  'outputTooLarge',
  'failed',
  'unparsable',
] as const
export type ProbeStatus = (typeof PROBE_STATUSES)[number]

/** How the read of the SSO extension's log went (`probes.ssoExtensionLog`). */
export const LOG_PROBE_STATUSES = ['ok', 'notFound', 'denied', 'tooLarge', 'failed', 'skipped'] as const
export type LogProbeStatus = (typeof LOG_PROBE_STATUSES)[number]

/** Builds the `status --json` schemas with the zod it is given. */
export function defineMacStateSchemas(z: Zod) {
  const isoDate = z.string().describe('ISO 8601 date-time in UTC')
  const nullable = <T extends z.ZodType>(schema: T) => schema.nullable()
  const evidenceValue = z.union([z.string(), z.number(), z.boolean(), z.null()])

  const findingSchema = z.object({
    id: z.enum(FINDING_IDS),
    severity: z.enum(SEVERITIES),
    evidence: z.record(z.string(), evidenceValue).describe('the facts that triggered the finding'),
  })

  const probeSchema = z.object({
    status: z.enum(PROBE_STATUSES),
    durationMs: nullable(z.number()),
    detail: nullable(z.string()).describe('why the probe failed, in one line; null when it succeeded'),
  })

  const logProbeSchema = z
    .object({
      status: z.enum(LOG_PROBE_STATUSES),
      durationMs: nullable(z.number()),
      detail: nullable(z.string()).describe('why the log was not read, in one line; null when it was'),
    })
    .describe(
      "the Microsoft SSO extension's log: ok, notFound (no log), denied (macOS refused access to Company Portal's container), tooLarge (cap reached before the window was covered), failed, skipped (the user did not agree to the read)",
    )

  const signInEventSchema = z.object({
    at: isoDate.describe("the line's UTC time"),
    level: z.enum(['info', 'warning', 'error']),
    kind: z
      .enum(['tokensReceived', 'error'])
      .describe(
        'tokensReceived: a successful token refresh; error: a failure matching the signature catalogue',
      ),
    signature: nullable(z.string()).describe(
      'the signature id, e.g. AADSTS50173 or invalid_grant; null for a refresh',
    ),
    line: z.string().describe('the log line, redacted'),
  })

  const deviceSettingsSchema = z
    .object({
      createFirstUserDuringSetupEnabled: nullable(z.boolean()),
      createUserLoginTypes: nullable(z.array(z.number())).describe(
        'login types offered when creating users, as numbers',
      ),
      synchronizeProfilePicture: nullable(z.boolean()),
      temporarySessionQuickLogin: nullable(z.boolean()),
      authGracePeriodStart: nullable(isoDate),
      newUserAuthorizationMode: nullable(z.string()),
      userAuthorizationMode: nullable(z.string()),
      allowAccessTokenExpressMode: nullable(z.boolean()),
      accessTokenTerminalIdentityKeys: nullable(z.record(z.string(), z.boolean().nullable())).describe(
        'the _accessTokenTerminalIdentityKey* flags as printed',
      ),
    })
    .describe(
      'device keys macOS 26 added to the Device Configuration; each null when this macOS does not print it',
    )

  const macStateSchema = z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    capturedAt: isoDate.describe(
      "the capture's own time: app-sso's Time: line, or the clock when it has none",
    ),
    os: z.object({
      productName: nullable(z.string()),
      version: nullable(z.string()).describe('e.g. 15.6'),
      build: nullable(z.string()),
    }),
    psso: z.object({
      readable: z.boolean().describe('false when app-sso could not be run or its output could not be read'),
      configured: nullable(z.boolean()).describe('a Platform SSO device configuration exists'),
      extensionIdentifier: nullable(z.string()),
      method: nullable(z.enum(PSSO_METHODS)).describe(
        'the registered method (device loginType); null when not configured',
      ),
      methodRaw: nullable(z.string()).describe(
        'loginType as app-sso prints it, e.g. "POLoginTypePassword (1)"',
      ),
      sharedDeviceKeys: nullable(z.boolean()),
      deviceRegistered: nullable(z.boolean()),
      deviceId: nullable(z.string()).describe(
        'Entra device ID (Subject CN of the device signing certificate)',
      ),
      tenantId: nullable(z.string()).describe('Entra tenant ID (from the issuer URL)'),
      fileVaultPolicy: nullable(z.string()).describe(
        "the device's FileVault policy name, e.g. AttemptAuthentication (macOS 15+); null when None or absent",
      ),
      deviceSettings: deviceSettingsSchema,
      user: z.object({
        registered: nullable(z.boolean()).describe(
          'follows the user state: true for POUserStateNormal; false for a state that asks for registration (POUserStateNeedsRegistration) and for User Configuration (null); null for any other state (e.g. needing new keys, or a name this version does not know) and when nothing is configured or readable',
        ),
        configurationPresent: nullable(z.boolean()).describe(
          'a User Configuration object was printed (false for (null))',
        ),
        stateName: nullable(z.string()).describe('e.g. POUserStateNormal'),
        stateValue: nullable(z.number()),
        stateClass: nullable(z.enum(USER_STATE_CLASSES)),
        method: nullable(z.enum(PSSO_METHODS)),
        upn: nullable(z.string()).describe(
          'the Entra UPN, from the KERBEROS.MICROSOFTONLINE.COM entry of kerberosStatus when there is one',
        ),
        kerberosRealms: z
          .array(z.string())
          .describe('every realm kerberosStatus lists (cloud and on-premises)'),
        loginUserName: nullable(z.string()).describe('masked by macOS, e.g. c***@example.com'),
        lastLoginAt: nullable(isoDate),
      }),
      tokens: z.object({
        present: nullable(z.boolean()),
        receivedAt: nullable(isoDate),
        expiresAt: nullable(isoDate),
        expired: nullable(z.boolean()).describe("judged at capturedAt, not at the reader's clock"),
      }),
    }),
    profile: z.object({
      source: nullable(z.enum(['profiles', 'managedPreferences'])).describe(
        'where the configuration was read; null when unknown',
      ),
      ssoPayloadCount: nullable(z.number().int()).describe(
        'com.apple.extensiblesso payloads installed, of any extension (Kerberos SSO included)',
      ),
      platformSsoPayloadCount: nullable(z.number().int()).describe(
        "com.apple.extensiblesso payloads for the Platform SSO extension (app-sso's extension or Microsoft's); two or more is error 10002",
      ),
      kerberosRealms: nullable(z.array(z.string())).describe(
        'realms of the Kerberos SSO extension payloads (com.apple.AppSSOKerberos.KerberosExtension), shown to the helpdesk; never a conflict',
      ),
      nonPlatformSsoAccounts: nullable(z.array(z.string())).describe(
        'PlatformSSO NonPlatformSSOAccounts: local accounts that do not use Platform SSO (macOS 14+)',
      ),
      currentAccountExcluded: nullable(z.boolean()).describe(
        'the account running the check is listed in NonPlatformSSOAccounts',
      ),
      extensionIdentifier: nullable(z.string()),
      authenticationMethod: nullable(z.string()).describe(
        'as configured, e.g. Password, UserSecureEnclaveKey',
      ),
      useSharedDeviceKeys: nullable(z.boolean()),
      accountDisplayName: nullable(z.string()),
      passcodePolicyPresent: nullable(z.boolean()),
    }),
    companyPortal: z.object({
      installed: nullable(z.boolean()),
      version: nullable(z.string()),
      minimumVersion: z
        .string()
        .describe(
          "the minimum for this Mac's macOS: 5.2404.0 for Platform SSO (also when the version is unknown), 5.2604.0 on macOS 26 (Setup Assistant registration); Microsoft recommends the latest",
        ),
      meetsMinimum: nullable(z.boolean()).describe('version is at least minimumVersion'),
      updatedAt: nullable(isoDate).describe(
        "when Company Portal's Info.plist was last written (its last install or update)",
      ),
    }),
    signInLog: z
      .object({
        lastTokensAt: nullable(isoDate).describe('the newest successful token refresh the log shows'),
        events: z
          .array(signInEventSchema)
          .describe('token refreshes and recognised errors, oldest first, at most 50 (the newest)'),
      })
      .describe("what the Microsoft SSO extension's own log shows (24 hours before the capture at most)"),
    probes: z.object({
      appSso: probeSchema,
      profiles: probeSchema,
      swVers: probeSchema,
      companyPortal: probeSchema,
      ssoExtensionLog: logProbeSchema,
    }),
    verdict: z.object({
      status: z.enum(VERDICT_STATUSES),
      findings: z.array(findingSchema).describe('ordered: the first is the thing to do first'),
    }),
  })
  return { findingSchema, probeSchema, logProbeSchema, signInEventSchema, macStateSchema }
}

type Schemas = ReturnType<typeof defineMacStateSchemas>
export type Finding = z.infer<Schemas['findingSchema']>
export type ProbeReport = z.infer<Schemas['probeSchema']>
export type LogProbeReport = z.infer<Schemas['logProbeSchema']>
export type SignInEvent = z.infer<Schemas['signInEventSchema']>
export type MacState = z.infer<Schemas['macStateSchema']>
/** Device keys macOS 26 added to app-sso's Device Configuration; null when this macOS does not print them. */
export type DeviceSettings = MacState['psso']['deviceSettings']
export type MacFacts = Omit<MacState, 'verdict'>

/** What a read of the Mac gave: the state, or why there is none. Readers never catch thrown errors. */
export type StateResult = { ok: true; state: MacState } | { ok: false; reason: string }
