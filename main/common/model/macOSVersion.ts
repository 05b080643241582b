/** macOS version strings as sw_vers prints them ("15.6", "26.0.1"). */

/** "15.6" → 15; null when unknown. */
export function macOSMajorOf(version: string | null): number | null {
  const major = version ? Number.parseInt(version, 10) : NaN
  return Number.isFinite(major) ? major : null
}

/** "15.2.1" → [15, 2]; null when the version is not numeric. */
export function macOSMajorMinorOf(version: string | null): [number, number] | null {
  const match = version ? /^(\d+)(?:\.(\d+))?/.exec(version.trim()) : null
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : null
}
