/**
 * `npm run bench`: measures what the issues set targets for (not a test; nothing here fails CI).
 * Prints one line per measurement with its target.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseAppSso } from '../main/node/parsers/appSso'
import { readMacState } from '../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../main/node/system/tools'
import { SSO_EXTENSION_LOG_DIR } from '../main/node/probe/ssoExtensionLog'
import {
  createFakeSysroot,
  FAKE_USER,
  realCapture,
  synthetic,
  SEQUOIA_SW_VERS,
} from '../test/helpers/fakeSysroot'
import { bundleBench } from './bench-bundle'
import { helpdeskBench } from './bench-helpdesk'
import { journeyBench } from './bench-journey'
import { firstVerdictTime, rendererBundleSize } from './bench-renderer'
import type { Measurement } from './measurement'

const root = path.resolve(import.meta.dirname, '..')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ms = (value: number) => `${value.toFixed(1)} ms`

type Bench = () => Promise<Measurement[]>

const parseThroughput: Bench = async () => {
  const files = [
    'sequoia-password-registered.txt',
    'sequoia-secure-enclave-registered.txt',
    'not-configured.txt',
    'derived-user-not-registered.txt',
    'synthetic-no-tokens-empty-kerberos.txt',
  ]
  return files.map((file) => {
    const text = readFileSync(realCapture(file), 'utf8')
    for (let i = 0; i < 200; i++) parseAppSso(text) // warm up
    let runs = 0
    const started = performance.now()
    while (performance.now() - started < 300) {
      parseAppSso(text)
      runs++
    }
    const perParse = (performance.now() - started) / runs
    return {
      name: `parse ${file}`,
      value: `${Math.round(1000 / perParse)} parses/s (${(perParse * 1000).toFixed(0)} µs each)`,
      target: '< 1 ms each',
    }
  })
}

const statusWithDelays: Bench = async () => {
  // The sign-in log reads run beside the others: the unified log with a delay, the SSO extension's log
  // from the fake user's home.
  const delays = { appSso: 300, profiles: 200, swVers: 20, log: 150 }
  const sysroot = createFakeSysroot({
    appSso: { stdoutFile: realCapture('sequoia-password-registered.txt'), delayMs: delays.appSso },
    profiles: { stdoutFile: synthetic('profiles/synthetic-password.xml'), delayMs: delays.profiles },
    swVers: { ...SEQUOIA_SW_VERS, delayMs: delays.swVers },
    log: { stdout: '', delayMs: delays.log },
    files: {
      [`${FAKE_USER.home}/${SSO_EXTENSION_LOG_DIR}/SSOExtension.log`]: readFileSync(
        synthetic('sso-extension-log/synthetic-aadsts50173.log'),
      ),
    },
  })
  try {
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const times: number[] = []
    for (let i = 0; i < 7; i++) {
      const started = performance.now()
      await readMacState({ system, now: Date.now, user: FAKE_USER })
      times.push(performance.now() - started)
    }
    const cliTimes: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      execFileSync('node', [path.join(root, 'out/cli/psso-helper.cjs'), 'status', '--json'], {
        env: { ...sysroot.env, HOME: FAKE_USER.home },
      })
      cliTimes.push(performance.now() - started)
    }
    const sum = delays.appSso + delays.profiles + delays.swVers
    const max = Math.max(...Object.values(delays))
    return [
      {
        name: 'status with fake tool delays (300/200/20 ms, log 150 ms) and the sign-in logs, in process',
        value: `${ms(median(times))} (sum of delays ${sum} ms, max ${max} ms)`,
        target: `<= ${max + 60} ms`,
      },
      { name: 'status with the same delays, CLI process', value: ms(median(cliTimes)) },
    ]
  } finally {
    sysroot.cleanup()
  }
}

const cliColdStart: Bench = async () => {
  const sysroot = createFakeSysroot({})
  try {
    const times: number[] = []
    for (let i = 0; i < 11; i++) {
      const started = performance.now()
      execFileSync('node', [path.join(root, 'out/cli/psso-helper.cjs'), 'status', '--json'], {
        env: sysroot.env,
      })
      times.push(performance.now() - started)
    }
    return [
      {
        name: 'CLI cold start, status --json, instant fake tools (median of 11)',
        value: ms(median(times)),
        target: '<= 120 ms',
      },
    ]
  } finally {
    sysroot.cleanup()
  }
}

/** Every benchmark, in the order printed. Later features add theirs here. */
export const BENCHES: Bench[] = [
  parseThroughput,
  statusWithDelays,
  cliColdStart,
  helpdeskBench,
  bundleBench,
  rendererBundleSize,
  firstVerdictTime,
  journeyBench,
]

for (const bench of BENCHES) {
  for (const m of await bench())
    console.log(`${m.name}: ${m.value}${m.target ? `   [target ${m.target}]` : ''}`)
}
