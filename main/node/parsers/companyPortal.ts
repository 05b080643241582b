/** Company Portal's version, from its Info.plist. Platform SSO needs 5.2404.0 or later (psso-domain.md §1.3 [IC]). */
import { readPlist } from './profiles'
import { asRecord, asString, compareVersions } from './values'

export const COMPANY_PORTAL_MINIMUM_VERSION = '5.2404.0'

export function parseCompanyPortalVersion(infoPlist: Buffer): string | null {
  const info = asRecord(readPlist(infoPlist))
  return asString(info?.CFBundleShortVersionString) ?? asString(info?.CFBundleVersion)
}

export function meetsCompanyPortalMinimum(version: string | null): boolean | null {
  const comparison = version ? compareVersions(version, COMPANY_PORTAL_MINIMUM_VERSION) : null
  return comparison === null ? null : comparison >= 0
}
