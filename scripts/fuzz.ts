/**
 * `npm run fuzz`: a few minutes of generated hostile input against the parsers, the redactor, the
 * plist readers and bundle opening (not part of `npm test`). Every input must be handled without a
 * throw, and in bounded time; the figures it prints go into the README.
 *
 *   npm run fuzz                 the default budget (about three minutes)
 *   npm run fuzz -- --seconds 30 a shorter run
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { openBundleBytes } from '../main/node/bundle/openBundle'
import { decodeBinaryPlist } from '../main/node/parsers/binaryPlist'
import { parseAppSso } from '../main/node/parsers/appSso'
import { parseManagedSsoPreferences, parseProfilesXml, readPlistChecked } from '../main/node/parsers/profiles'
import { parseSwVers } from '../main/node/parsers/swVers'
import { createRedactor } from '../main/node/report/redact'
import { SHARED_APP_SSO } from '../test/helpers/fakeSysroot'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '180' } } })
const budgetMs = Number(values.seconds) * 1000
const repo = path.resolve(import.meta.dirname, '..')
const captures = [SHARED_APP_SSO, path.join(repo, 'test/fixtures/app-sso')].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(path.join(dir, n), 'utf8')),
)
const profiles = readdirSync(path.join(repo, 'test/fixtures/profiles')).map((n) =>
  readFileSync(path.join(repo, 'test/fixtures/profiles', n), 'utf8'),
)

/** A real capture or profile with random edits: cut, spliced, repeated, sprinkled with hostile text. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    ' ',
    '"',
    '\\',
    '{',
    '[',
    '@',
    '%40',
    '=',
    '&',
    '?',
    'eyJ',
    'Bearer ',
    '<key>',
    '<!--',
    '\u001b[2J',
    '\uFEFF',
  ),
  fc
    .tuple(
      fc.constantFrom(' ', 'a', 'Ab1-', '"a', 'a=', '[', '<dict>'),
      fc.integer({ min: 1000, max: 200_000 }),
    )
    .map(([unit, n]) => unit.repeat(n)),
)
const mutated = (bases: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...bases),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), hostileText), { maxLength: 6 }),
    )
    .map(([base, edits]) =>
      edits.reduce((text, [at, cut, insert]) => {
        const i = at % (text.length + 1)
        return text.slice(0, i) + insert + text.slice(i + cut)
      }, base),
    )
const bytes = fc.uint8Array({ maxLength: 4096 })
const bplist = fc
  .tuple(bytes, fc.array(fc.nat({ max: 255 }), { minLength: 32, maxLength: 32 }))
  .map(([body, trailer]) => Buffer.concat([Buffer.from('bplist00'), Buffer.from(body), Buffer.from(trailer)]))
const zipOf = fc
  .dictionary(
    fc.constantFrom('manifest.json', 'capture.json', 'raw/app-sso.txt', 'x'),
    fc.string({ maxLength: 300 }),
  )
  .map((files) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))))
const damagedZip = fc
  .tuple(zipOf, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 8 }))
  .map(([zip, flips]) => {
    const copy = new Uint8Array(zip)
    for (const [at, value] of flips) if (copy.length) copy[at % copy.length] = value
    return copy
  })

const targets: { name: string; input: fc.Arbitrary<unknown>; run: (input: never) => unknown }[] = [
  { name: 'parseAppSso', input: mutated(captures), run: (t: string) => parseAppSso(t) },
  { name: 'parseSwVers', input: hostileText, run: (t: string) => parseSwVers(t) },
  { name: 'parseProfilesXml', input: mutated(profiles), run: (t: string) => parseProfilesXml(t) },
  {
    name: 'redactor: app-sso',
    input: mutated(captures),
    run: (t: string) => createRedactor({ pseudonymize: true }).appSso(t),
  },
  {
    name: 'redactor: profiles',
    input: mutated(profiles),
    run: (t: string) => createRedactor({ pseudonymize: true }).plistXml(t),
  },
  {
    name: 'redactor: text',
    input: hostileText,
    run: (t: string) => createRedactor({ pseudonymize: true }).text(t),
  },
  { name: 'binary plist', input: bplist, run: (b: Buffer) => decodeBinaryPlist(b) },
  { name: 'plist (any bytes)', input: bytes, run: (b: Uint8Array) => readPlistChecked(Buffer.from(b)) },
  { name: 'managed preferences', input: bplist, run: (b: Buffer) => parseManagedSsoPreferences(b) },
  {
    name: 'open bundle',
    input: fc.oneof(zipOf, damagedZip),
    run: (z: Uint8Array) => openBundleBytes(z, 'fuzz.zip'),
  },
]

let total = 0
let throws = 0
let slowest = { ms: 0, target: '' }
const perTarget = budgetMs / targets.length
for (const target of targets) {
  const until = Date.now() + perTarget
  let inputs = 0
  let failures = 0
  let maxMs = 0
  const durations: number[] = []
  while (Date.now() < until) {
    for (const input of fc.sample(target.input, 50)) {
      const started = performance.now()
      try {
        target.run(input as never)
      } catch (error) {
        failures += 1
        if (failures <= 3) console.error(`${target.name} threw: ${(error as Error).stack}`)
      }
      const ms = performance.now() - started
      durations.push(ms)
      maxMs = Math.max(maxMs, ms)
      inputs += 1
    }
  }
  total += inputs
  throws += failures
  if (maxMs > slowest.ms) slowest = { ms: maxMs, target: target.name }
  // The 99th percentile beside the maximum: on a shared machine one input can wait for a collection.
  const p99 = durations.sort((a, b) => a - b)[Math.floor(durations.length * 0.99)] ?? 0
  console.log(
    `${target.name.padEnd(22)} ${String(inputs).padStart(7)} inputs, ${failures} throws, p99 ${p99.toFixed(1)} ms, max ${maxMs.toFixed(1)} ms`,
  )
}
console.log(
  `\n${total} inputs, ${throws} throws, max ${slowest.ms.toFixed(1)} ms per input (${slowest.target}), ${Math.round(budgetMs / 1000)} s`,
)
process.exitCode = throws > 0 ? 1 : 0
