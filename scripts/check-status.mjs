// Checks a `status --json` capture against docs/status.schema.json and prints what CI reports about
// it: the verdict, the macOS version and how long each tool took. Used by .github/workflows/macos.yml
// on the runners' own (unconfigured) Macs. Usage: node scripts/check-status.mjs status.json
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'

const root = path.resolve(import.meta.dirname, '..')
const [file] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/check-status.mjs status.json')
  process.exit(2)
}

const schema = JSON.parse(readFileSync(path.join(root, 'docs/status.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
let state
try {
  state = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`${file}: not JSON (${error.message})`)
  process.exit(1)
}
if (!validate(state)) {
  console.error(`${file} does not match docs/status.schema.json:`)
  for (const problem of validate.errors.slice(0, 20))
    console.error(`  ${problem.instancePath || '/'} ${problem.message}`)
  process.exit(1)
}
console.log(`${file}: valid (schemaVersion ${state.schemaVersion})`)
console.log(`macOS ${state.os.version} (${state.os.build}), verdict ${state.verdict.status}`)
for (const [tool, probe] of Object.entries(state.probes))
  console.log(
    `  ${tool}: ${probe.status}, ${probe.durationMs ?? '?'} ms${probe.detail ? ` (${probe.detail})` : ''}`,
  )
