/**
 * runTool against shell-script tools that misbehave: each call must end within its timeout plus a
 * second, end every process the tool started, and keep output the tool completed before its exit.
 */
import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import {
  createFakeSysroot,
  realCapture,
  type FakeSysroot,
  type ToolResponse,
} from '../../helpers/fakeSysroot'

let sysroot: FakeSysroot | undefined
afterEach(() => {
  // Whatever a test left behind, nothing of this sysroot may still run.
  if (sysroot) expect(runningUnder(sysroot.root)).toEqual([])
  sysroot?.cleanup()
  sysroot = undefined
})

/** Processes whose command line mentions the sysroot (the fake tools and their children). */
function runningUnder(root: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
  return lines.filter((line) => line.includes(root) && !line.includes('ps -eo'))
}

const waitUntil = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
}

async function run(response: ToolResponse, timeoutMs: number) {
  sysroot = createFakeSysroot({ appSso: response })
  const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
  const started = Date.now()
  const result = await system.run('appSso', ['platform', '-s'], { timeoutMs })
  return { result, wallMs: Date.now() - started, root: sysroot.root }
}

/** A child that outlives the tool; its command line names the sysroot so the test can find it. */
const strayChild = (root: string, seconds: number) => `sh -c 'sleep ${seconds}; : ${root}' &`

describe('runTool ends every call, whatever the tool does', () => {
  it('keeps complete output of a tool that exited but left a background child holding the pipe', async () => {
    sysroot = createFakeSysroot({})
    sysroot.setResponses('appSso', {
      stdoutFile: realCapture('sequoia-password-registered.txt'),
      script: strayChild(sysroot.root, 120),
    })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const started = Date.now()
    const result = await system.run('appSso', ['platform', '-s'], { timeoutMs: 3000 })
    expect(Date.now() - started).toBeLessThan(1500)
    expect(result.status).toBe('ok')
    if (result.status === 'ok') expect(result.stdout).toContain('Device Configuration:')
    // The stray child is ended with the group, not left running for two minutes.
    const root = sysroot.root
    await waitUntil(() => runningUnder(root).length === 0, 1000)
  })

  it('ends a hung tool and its background children at the timeout, within timeout + 1 s', async () => {
    sysroot = createFakeSysroot({})
    sysroot.setResponses('appSso', { script: `${strayChild(sysroot.root, 120)}\nexec sleep 120` })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const started = Date.now()
    const result = await system.run('appSso', [], { timeoutMs: 500 })
    expect(result).toMatchObject({ status: 'timedOut', timeoutMs: 500 })
    expect(Date.now() - started).toBeLessThan(1500)
    const root = sysroot.root
    await waitUntil(() => runningUnder(root).length === 0, 1000)
  })

  it('kills a tool that ignores TERM, after the grace', async () => {
    sysroot = createFakeSysroot({})
    sysroot.setResponses('appSso', {
      script: `trap '' TERM\n${strayChild(sysroot.root, 120)}\nwhile :; do sleep 0.05; done`,
    })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const started = Date.now()
    const result = await system.run('appSso', [], { timeoutMs: 400 })
    expect(result.status).toBe('timedOut')
    expect(Date.now() - started).toBeLessThan(1400)
    const root = sysroot.root
    await waitUntil(() => runningUnder(root).length === 0, 1500)
  })

  it('times out a tool that drips output slowly past the deadline', async () => {
    const { result, wallMs } = await run(
      { script: 'i=0; while [ $i -lt 50 ]; do echo line $i; i=$((i+1)); sleep 0.1; done' },
      600,
    )
    expect(result.status).toBe('timedOut')
    expect(wallMs).toBeLessThan(1600)
  })

  it('collects output dripped slowly within the deadline', async () => {
    const { result } = await run({ script: 'for i in 1 2 3 4 5; do echo line $i; sleep 0.05; done' }, 3000)
    expect(result).toMatchObject({ status: 'ok', stdout: 'line 1\nline 2\nline 3\nline 4\nline 5\n' })
  })

  it('gives a tool that reads stdin an empty input rather than waiting for ever', async () => {
    const { result, wallMs } = await run({ script: 'read answer; echo "got [$answer]"' }, 2000)
    expect(result).toMatchObject({ status: 'ok', stdout: 'got []\n' })
    expect(wallMs).toBeLessThan(1000)
  })

  it('reports a tool that dies by a signal as failed, naming the signal', async () => {
    const { result } = await run({ stdout: 'partial', script: 'kill -SEGV $$' }, 2000)
    expect(result).toMatchObject({ status: 'failed', message: 'ended by SIGSEGV' })
  })

  it('still reports exit codes with their output', async () => {
    const { result } = await run({ stdout: 'out\n', stderr: 'broken', exitCode: 3 }, 2000)
    expect(result).toMatchObject({ status: 'exitCode', exitCode: 3, stdout: 'out\n', stderr: 'broken\n' })
  })

  it('stops reading past the output cap and ends the tool', async () => {
    sysroot = createFakeSysroot({ appSso: { floodBytes: 200_000, hang: false } })
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const result = await system.run('appSso', [], { timeoutMs: 3000, maxOutputBytes: 10_000 })
    expect(result).toMatchObject({ status: 'outputTooLarge', limitBytes: 10_000 })
  })

  it('says notFound for a missing tool', async () => {
    const { result } = await run({}, 1000).then(async (first) => {
      sysroot!.setResponses('appSso', 'missing')
      const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot!.env })
      return { ...first, result: await system.run('appSso', [], { timeoutMs: 1000 }) }
    })
    expect(result).toMatchObject({ status: 'notFound', path: '/usr/bin/app-sso' })
  })
})
