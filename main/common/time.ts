/** Timestamps as the app writes them everywhere (state, repair sessions, reports, bundles). */

/** An instant as ISO 8601 in UTC to the second: `YYYY-MM-DDTHH:MM:SSZ`. */
export function formatIsoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
