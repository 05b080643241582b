/** `config [--json]`: the effective configuration, each key's source, and every problem found. */
import type { EffectiveConfig } from '../../../common/config/effectiveConfig'
import { CONFIG_KEY_NAMES } from '../../../common/config/keys'
import { APP_ID } from '../../../common/identity'
import { currentUser, readConfig } from '../../config/readConfig'
import { createSystemAccess } from '../../system/tools'
import { EXIT_OK, parseOptions, UsageError, type CliDeps } from '../shared'

export async function configCommand(args: string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
  if (positionals.length > 0) throw new UsageError(`config takes no arguments: ${positionals.join(' ')}`)
  const config = await readConfig({
    system: createSystemAccess(deps.system),
    user: currentUser(deps.system.env),
  })
  deps.stdout(values.json ? `${JSON.stringify(configJson(config), null, 2)}\n` : formatConfig(config))
  return EXIT_OK
}

/** `config --json`: every key with its value and source, then the problems. */
export function configJson(config: EffectiveConfig) {
  return {
    domain: APP_ID,
    keys: Object.fromEntries(
      CONFIG_KEY_NAMES.map((key) => [key, { value: config.values[key], source: config.sources[key] }]),
    ),
    problems: config.problems,
  }
}

function formatConfig(config: EffectiveConfig): string {
  const width = Math.max(...CONFIG_KEY_NAMES.map((key) => key.length))
  const lines = [`Preference domain: ${APP_ID}`]
  for (const key of CONFIG_KEY_NAMES) {
    lines.push(`${key.padEnd(width)}  ${JSON.stringify(config.values[key])}  (${config.sources[key]})`)
  }
  if (config.problems.length > 0) lines.push('', 'Problems:', ...config.problems.map((p) => `- ${p.message}`))
  return `${lines.join('\n')}\n`
}
