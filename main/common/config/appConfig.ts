/**
 * The app's effective configuration, as every feature reads it. Values come from managed
 * preferences (a profile), the user's own preferences, or these defaults; main/node/config reads
 * and validates them. The shape and the defaults are read off the key table (keys.ts), the single
 * source for the reader, the docs and the admin samples.
 */
import { CONFIG_KEYS, CONFIG_KEY_NAMES, type ConfigValues } from './keys'

export type AppConfig = ConfigValues

export const DEFAULT_CONFIG: AppConfig = Object.fromEntries(
  CONFIG_KEY_NAMES.map((key) => [key, structuredClone(CONFIG_KEYS[key].default)]),
) as AppConfig
