// Types for scripts/toolchain.mjs (plain JavaScript: it runs before node_modules exists).
export const root: string
export function requiredNode(): { major: number; minor: number; text: string }
export function satisfiesRequired(version: string, required?: ReturnType<typeof requiredNode>): boolean
export function rerunUnderRequiredNode(): void
