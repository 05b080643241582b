/**
 * Reads the effective configuration: per key, the first source that sets it wins, in this order:
 *   managed-user    /Library/Managed Preferences/<user>/<APP_ID>.plist   (a user-channel profile)
 *   managed-device  /Library/Managed Preferences/<APP_ID>.plist          (a device-channel profile)
 *   user            ~/Library/Preferences/<APP_ID>.plist                 (`defaults write`)
 *   default         the key table
 * Files may be XML or binary plists. An unknown key, a wrong type or a malformed value becomes a
 * problem naming the key, and that key takes its default: the winning source was meant to decide,
 * so a weaker source must not silently stand in for a broken profile. Never throws.
 */
import { userInfo } from 'node:os'
import { DEFAULT_CONFIG, type AppConfig } from '../../common/config/appConfig'
import type { ConfigFileSource, ConfigProblem, EffectiveConfig } from '../../common/config/effectiveConfig'
import { CONFIG_KEY_NAMES, isConfigKey, type ConfigKey, type ConfigSource } from '../../common/config/keys'
import { checkConfigValue } from '../../common/config/validateValue'
import { APP_ID } from '../../common/identity'
import { readPlistChecked } from '../parsers/profiles'
import { describeToolResult, type SystemAccess } from '../system/tools'

export interface ConfigDeps {
  system: Pick<SystemAccess, 'readFile'>
  /** The console user's short name and home folder. */
  user: { name: string; home: string }
}

export interface ConfigFile {
  source: ConfigFileSource
  path: string
}

/** The user whose preferences apply: the environment's (sudo -u sets it), else the process owner. */
export function currentUser(env: NodeJS.ProcessEnv = process.env): ConfigDeps['user'] {
  const info = userInfo()
  return { name: env.USER || info.username, home: env.HOME || info.homedir }
}

/** The files the reader looks at, strongest first. */
export function configFiles(user: ConfigDeps['user']): ConfigFile[] {
  return [
    { source: 'managed-user', path: `/Library/Managed Preferences/${user.name}/${APP_ID}.plist` },
    { source: 'managed-device', path: `/Library/Managed Preferences/${APP_ID}.plist` },
    { source: 'user', path: `${user.home.replace(/\/+$/, '')}/Library/Preferences/${APP_ID}.plist` },
  ]
}

const SOURCE_LABEL: Record<ConfigFileSource, string> = {
  'managed-user': 'the user’s managed preferences',
  'managed-device': 'the device’s managed preferences',
  user: 'the user’s own preferences',
}

export async function readConfig(deps: ConfigDeps): Promise<EffectiveConfig> {
  const files = configFiles(deps.user)
  const contents = await Promise.all(files.map((file) => readPreferencesFile(deps.system, file)))
  return resolveConfig(contents)
}

export interface PreferencesContent {
  source: ConfigFileSource
  /** The keys and values the file holds; empty when it is absent or unreadable. */
  entries: Record<string, unknown>
  problems: ConfigProblem[]
}

/** One file's keys, or a problem saying why it could not be read. An absent file is no problem. */
export async function readPreferencesFile(
  system: Pick<SystemAccess, 'readFile'>,
  { source, path }: ConfigFile,
): Promise<PreferencesContent> {
  const result = await system.readFile(path, { maxBytes: 1024 * 1024 })
  if (result.status === 'notFound') return { source, entries: {}, problems: [] }
  const unreadable = (why: string): PreferencesContent => ({
    source,
    entries: {},
    problems: [
      {
        kind: 'unreadableFile',
        key: null,
        source,
        message: `${path} (${SOURCE_LABEL[source]}) was ignored: ${why}.`,
      },
    ],
  })
  if (result.status !== 'ok') return unreadable(describeToolResult(result))
  const { value, problem } = readPlistChecked(result.data)
  if (problem !== null) return unreadable(problem)
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return unreadable('it is not a property list with a dictionary at its top')
  }
  return { source, entries: value as Record<string, unknown>, problems: [] }
}

/** Pure: the effective configuration from the files' contents, strongest source first. */
export function resolveConfig(contents: PreferencesContent[]): EffectiveConfig {
  const values: AppConfig = structuredClone(DEFAULT_CONFIG)
  const sources = Object.fromEntries(CONFIG_KEY_NAMES.map((key) => [key, 'default'])) as Record<
    ConfigKey,
    ConfigSource
  >
  const problems: ConfigProblem[] = contents.flatMap((content) => content.problems)
  const decided = new Set<ConfigKey>()

  for (const { source, entries } of contents) {
    for (const [key, raw] of Object.entries(entries)) {
      if (!isConfigKey(key)) {
        // The user's own domain also holds what macOS writes there (window frames and the like), and
        // a profile may carry its payload's bookkeeping keys (PayloadUUID…): neither is a mistake.
        if (source !== 'user' && !key.startsWith('Payload')) {
          problems.push({
            kind: 'unknownKey',
            key,
            source,
            message: `${key} in ${SOURCE_LABEL[source]} is not a PSSO Helper setting and was ignored (check its spelling; key names are case-sensitive).`,
          })
        }
        continue
      }
      if (decided.has(key)) continue
      decided.add(key)
      const check = checkConfigValue(key, raw)
      if (!check.ok) {
        const what =
          check.kind === 'wrongType' ? `must be of type ${check.expected}` : `must be ${check.expected}`
        problems.push({
          kind: check.kind,
          key,
          source,
          message: `${key} in ${SOURCE_LABEL[source]} ${what}; the default is used instead.`,
        })
        continue
      }
      ;(values as Record<ConfigKey, unknown>)[key] = check.value
      sources[key] = source
    }
  }
  return { values, sources, problems }
}
