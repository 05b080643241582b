/** The macOS major version of `sw_vers` ProductVersion ("15.6" → 15); null when unknown. */
export function macOSMajorOf(version: string | null): number | null {
  const major = Number(/^(\d+)/.exec(version ?? '')?.[1])
  return Number.isInteger(major) && major > 0 ? major : null
}
