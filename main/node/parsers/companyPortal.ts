/** Company Portal's version, from its Info.plist. Platform SSO needs 5.2404.0 or later (psso-domain.md §1.3 [IC]). */
import { readPlist } from './profiles'
import { asRecord, asString, compareVersions } from './values'

export const COMPANY_PORTAL_MINIMUM_VERSION = '5.2404.0'
/** macOS 26's Setup Assistant registration needs 5.2604.0 or later; Microsoft recommends the latest [IADE], [CPV]. */
export const COMPANY_PORTAL_MINIMUM_VERSION_MACOS_26 = '5.2604.0'

/** The minimum for this Mac: null when its macOS version is unknown (the general minimum still applies). */
export function companyPortalMinimum(macOSMajor: number | null): string {
  return macOSMajor !== null && macOSMajor >= 26
    ? COMPANY_PORTAL_MINIMUM_VERSION_MACOS_26
    : COMPANY_PORTAL_MINIMUM_VERSION
}

export function parseCompanyPortalVersion(infoPlist: Buffer): string | null {
  const info = asRecord(readPlist(infoPlist))
  return asString(info?.CFBundleShortVersionString) ?? asString(info?.CFBundleVersion)
}

export function meetsCompanyPortalMinimum(
  version: string | null,
  minimum: string = COMPANY_PORTAL_MINIMUM_VERSION,
): boolean | null {
  const comparison = version ? compareVersions(version, minimum) : null
  return comparison === null ? null : comparison >= 0
}
