/**
 * The effective configuration with provenance: every key's value and where it came from, and every
 * problem found on the way. `config --json` prints it; the Electron side sends it to the renderer,
 * which shows "set by your organisation" (isSetByOrganization) and lists the problems in the
 * helpdesk view. The zod schema validates it where it crosses a boundary (IPC).
 */
import { z } from 'zod'
import type { AppConfig } from './appConfig'
import { CONFIG_KEY_NAMES, CONFIG_SOURCES, type ConfigKey, type ConfigSource } from './keys'

export const CONFIG_PROBLEM_KINDS = ['unknownKey', 'wrongType', 'invalidValue', 'unreadableFile'] as const
export type ConfigProblemKind = (typeof CONFIG_PROBLEM_KINDS)[number]

/** The sources a file can be; `default` has no file. */
export type ConfigFileSource = Exclude<ConfigSource, 'default'>

export const configProblemSchema = z.object({
  kind: z.enum(CONFIG_PROBLEM_KINDS),
  /** The key as the admin wrote it; null for a whole file that could not be read. */
  key: z.string().nullable(),
  source: z.enum(CONFIG_SOURCES).exclude(['default']),
  /** One sentence for the log and the helpdesk view; names the key and what was expected. */
  message: z.string(),
})
export type ConfigProblem = z.infer<typeof configProblemSchema>

const keyRecord = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, schema])) as Record<ConfigKey, T>)

export const effectiveConfigSchema = z.object({
  values: keyRecord(z.unknown()),
  sources: keyRecord(z.enum(CONFIG_SOURCES)),
  problems: z.array(configProblemSchema),
})

export interface EffectiveConfig {
  values: AppConfig
  sources: Record<ConfigKey, ConfigSource>
  problems: ConfigProblem[]
}
