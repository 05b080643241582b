/**
 * "What the Mac shows", grouped as an agent looks for it: plain labels in the reader's language, the
 * technical name (its path in `status --json`) as secondary text. The helpdesk view and the report
 * both show these groups, so a ticket and the screen say the same thing (the report tells the
 * evidence group, the sign-in log's events, in its own section).
 */
import { t, type Language, type TextKey } from '../i18n'
import type { DeviceIdentity } from '../model/deviceIdentity'
import type { MacState } from '../model/macState'
import { signInLogEntries } from '../history/timeline'

export const FACT_GROUP_IDS = [
  'thisMac',
  'thisUser',
  'tokens',
  'configuration',
  'companyPortal',
  'macOS',
  'evidence',
] as const
export type FactGroupId = (typeof FACT_GROUP_IDS)[number]

export interface GroupedFact {
  label: string
  /** The technical name, e.g. `psso.user.stateClass`. */
  technical: string
  value: string
}

export interface FactGroup {
  id: FactGroupId
  title: string
  facts: GroupedFact[]
}

export interface FactGroupOptions {
  language: Language
  /** How a time is shown (the view: local and readable; a report: as captured, ISO 8601 UTC). */
  formatTime: (iso: string) => string
  /** The Mac's identification; absent when it was not read (an opened bundle without it). */
  device?: DeviceIdentity | null
}

export function factGroups(state: MacState, options: FactGroupOptions): FactGroup[] {
  const { language, formatTime } = options
  const text = (key: TextKey, values?: Record<string, string>) => t(language, key, values)
  const unknown = text('value.unknown')
  const yesNo = (value: boolean | null) =>
    value === null ? unknown : text(value ? 'helpdesk.value.yes' : 'helpdesk.value.no')
  const plain = (value: string | number | null) => (value === null ? unknown : String(value))
  const realms = (value: readonly string[] | null) =>
    value === null ? unknown : value.length ? value.join(', ') : text('value.none')
  const time = (iso: string | null) => (iso === null ? unknown : formatTime(iso))
  const fact = (label: TextKey, technical: string, value: string): GroupedFact => ({
    label: text(label),
    technical,
    value,
  })
  const { psso, companyPortal, os, profile } = state
  const device = options.device ?? null
  const notRead = device?.problems.length
    ? text('helpdesk.value.notRead', { reason: device.problems.join('; ') })
    : unknown
  const deviceValue = (value: string | null | undefined) => value ?? notRead

  const groups: FactGroup[] = [
    {
      id: 'thisMac',
      title: text('helpdesk.group.thisMac'),
      facts: [
        ...(device
          ? [
              fact('helpdesk.fact.computerName', 'device.computerName', deviceValue(device.computerName)),
              fact('helpdesk.fact.serialNumber', 'device.serialNumber', deviceValue(device.serialNumber)),
              fact(
                'helpdesk.fact.model',
                'device.model',
                device.modelName || device.model
                  ? [device.modelName, device.model && `(${device.model})`].filter(Boolean).join(' ')
                  : notRead,
              ),
              fact('helpdesk.fact.chip', 'device.chip', deviceValue(device.chip)),
            ]
          : []),
        fact('helpdesk.fact.pssoConfigured', 'psso.configured', yesNo(psso.configured)),
        fact('helpdesk.fact.deviceRegistered', 'psso.deviceRegistered', yesNo(psso.deviceRegistered)),
        fact('helpdesk.fact.deviceId', 'psso.deviceId', plain(psso.deviceId)),
        fact('helpdesk.fact.tenantId', 'psso.tenantId', plain(psso.tenantId)),
      ],
    },
    {
      id: 'thisUser',
      title: text('helpdesk.group.thisUser'),
      facts: [
        fact('helpdesk.fact.upn', 'psso.user.upn', plain(psso.user.upn)),
        fact('helpdesk.fact.kerberosRealms', 'psso.user.kerberosRealms', realms(psso.user.kerberosRealms)),
        fact('helpdesk.fact.loginUser', 'psso.user.loginUserName', plain(psso.user.loginUserName)),
        fact('helpdesk.fact.method', 'psso.method', psso.method ? text(`method.${psso.method}`) : unknown),
        fact('helpdesk.fact.userRegistered', 'psso.user.registered', yesNo(psso.user.registered)),
        fact(
          'helpdesk.fact.userState',
          'psso.user.stateClass',
          psso.user.stateClass
            ? `${text(`supportCode.userState.${psso.user.stateClass}`)}${psso.user.stateName ? ` (${psso.user.stateName})` : ''}`
            : unknown,
        ),
        fact('helpdesk.fact.lastLogin', 'psso.user.lastLoginAt', time(psso.user.lastLoginAt)),
      ],
    },
    {
      id: 'tokens',
      title: text('helpdesk.group.tokens'),
      facts: [
        fact('helpdesk.fact.tokensPresent', 'psso.tokens.present', yesNo(psso.tokens.present)),
        fact('helpdesk.fact.tokensReceived', 'psso.tokens.receivedAt', time(psso.tokens.receivedAt)),
        fact('helpdesk.fact.lastTokensInLog', 'signInLog.lastTokensAt', time(state.signInLog.lastTokensAt)),
        fact(
          'helpdesk.fact.tokensExpire',
          'psso.tokens.expiresAt',
          psso.tokens.expiresAt && psso.tokens.expired
            ? text('value.expired', { time: time(psso.tokens.expiresAt) })
            : time(psso.tokens.expiresAt),
        ),
      ],
    },
    {
      id: 'configuration',
      title: text('helpdesk.group.configuration'),
      facts: [
        fact(
          'helpdesk.fact.profileMethod',
          'profile.authenticationMethod',
          plain(profile.authenticationMethod),
        ),
        fact('helpdesk.fact.ssoPayloads', 'profile.ssoPayloadCount', plain(profile.ssoPayloadCount)),
        fact(
          'helpdesk.fact.platformSsoPayloads',
          'profile.platformSsoPayloadCount',
          plain(profile.platformSsoPayloadCount),
        ),
        fact('helpdesk.fact.kerberosSso', 'profile.kerberosRealms', realms(profile.kerberosRealms)),
        fact(
          'helpdesk.fact.accountExcluded',
          'profile.currentAccountExcluded',
          yesNo(profile.currentAccountExcluded),
        ),
        fact('helpdesk.fact.fileVaultPolicy', 'psso.fileVaultPolicy', plain(psso.fileVaultPolicy)),
      ],
    },
    {
      id: 'companyPortal',
      title: text('helpdesk.group.companyPortal'),
      facts: [
        fact(
          'helpdesk.fact.companyPortalVersion',
          'companyPortal.version',
          companyPortal.installed === false ? text('value.notInstalled') : plain(companyPortal.version),
        ),
        fact(
          'helpdesk.fact.companyPortalNewEnough',
          'companyPortal.meetsMinimum',
          yesNo(companyPortal.meetsMinimum),
        ),
      ],
    },
    {
      id: 'macOS',
      title: text('helpdesk.group.macOS'),
      facts: [
        fact('helpdesk.fact.macOSVersion', 'os.version', plain(os.version)),
        fact('helpdesk.fact.macOSBuild', 'os.build', plain(os.build)),
        fact('helpdesk.fact.capturedAt', 'capturedAt', time(state.capturedAt)),
      ],
    },
    {
      id: 'evidence',
      title: text('helpdesk.group.evidence'),
      // The SSO extension's log, as the report's sign-in log tells it: one fact per event.
      facts: signInLogEntries(state, language).map((entry, index) => ({
        label: formatTime(entry.at),
        technical: `signInLog.events.${index}`,
        value: entry.text,
      })),
    },
  ]
  return groups
}
