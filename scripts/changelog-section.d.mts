// Types for scripts/changelog-section.mjs (plain JavaScript: the release job runs it without a build).
export function changelogSection(changelog: string, version: string): string | null
