// Reports, bundles and opening bundles run in a worker thread with the real worker entry: the main
// thread keeps turning while a bundle with a large unified log is built, and a worker that dies,
// hangs or fails is a clear error for that one job.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_DIAGNOSIS_CONTEXT } from '../../../main/common/diagnosis/rules'
import { readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createHeavyWorker, threadWorker } from '../../../main/node/worker/heavyWorker'
import type { JobReply, WorkerPort } from '../../../main/node/worker/protocol'
import { createFakeSysroot, REPO, type FakeSysroot } from '../../helpers/fakeSysroot'

const ENTRY = path.join(REPO, 'main/node/worker/workerEntry.ts')
const worker = createHeavyWorker(threadWorker(ENTRY, ['--import', 'tsx']))
afterAll(() => worker.dispose())
const options = { pseudonymize: false, appVersion: '0.1.0-test', nowMs: Date.parse('2026-11-21T10:00:00Z') }

let sysroot: FakeSysroot | undefined
let dir: string | undefined
afterEach(() => {
  sysroot?.cleanup()
  if (dir) rmSync(dir, { recursive: true, force: true })
  sysroot = dir = undefined
})

async function captureFrom(root: FakeSysroot) {
  const system = createSystemAccess({ ...defaultSystemDeps, env: root.env })
  const read = await readMacState({ system, now: Date.now })
  return { ...read, diagnosis: DEFAULT_DIAGNOSIS_CONTEXT }
}

describe('heavy work in a worker thread', () => {
  it('builds a bundle with an 8 MB unified log while the main loop never stalls long, and opens it', async () => {
    const line = 'Df AppSSOAgent[512:1f] [com.apple.AppSSO:SOAuthorization] request state=POUserStateNormal\n'
    sysroot = createFakeSysroot({ log: { stdout: line.repeat(Math.ceil((8 * 1024 * 1024) / line.length)) } })
    dir = mkdtempSync(path.join(tmpdir(), 'psso-worker-'))
    const capture = await captureFrom(sysroot)
    const file = path.join(dir, 'bundle.zip')
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    const started = Date.now()
    const { manifest } = await worker.run({
      kind: 'bundle',
      file,
      capture,
      options,
      homeDir: dir,
      includeUnifiedLog: true,
      sysroot: sysroot.root,
    })
    delay.disable()
    const wallMs = Date.now() - started
    expect(manifest.files.map((f) => f.path)).toContain('logs/com.apple.AppSSO.log')
    // Built in this thread, the loop would stall for about the whole build; in the worker only message
    // passing remains (the bound is loose: other test files share the machine's two cores).
    expect(delay.max / 1e6).toBeLessThan(Math.max(200, wallMs * 0.25))
    const opened = await worker.run({ kind: 'openBundle', file })
    expect(opened.ok).toBe(true)
    if (opened.ok) expect(opened.bundle.verdict.status).toBe(capture.state.verdict.status)
  })

  it('writes the redacted report of a capture', async () => {
    sysroot = createFakeSysroot({})
    const { text } = await worker.run({
      kind: 'report',
      capture: await captureFrom(sysroot),
      options,
      format: 'markdown',
    })
    expect(text).toContain('PSSO Helper')
  })

  it('a damaged bundle is an error result from the worker, not a crash', async () => {
    const opened = await worker.run({ kind: 'openBundle', file: path.join(REPO, 'package.json') })
    expect(opened).toMatchObject({ ok: false })
  })
})

/** A WorkerPort the test drives: it records what was posted and ends or answers on demand. */
function scriptedPort(behave: (port: { reply: (m: JobReply) => void; exit: (why: string) => void }) => void) {
  const killed: boolean[] = []
  const start = (): WorkerPort => {
    let onMessage: (m: unknown) => void = () => {}
    let onExit: (why: string) => void = () => {}
    return {
      post: () => setTimeout(() => behave({ reply: (m) => onMessage(m), exit: (why) => onExit(why) }), 0),
      onMessage: (listener) => (onMessage = listener),
      onExit: (listener) => (onExit = listener),
      kill: () => killed.push(true),
    }
  }
  return { start, killed }
}

describe('the worker client', () => {
  const job = { kind: 'openBundle', file: '/x.zip' } as const

  it('rejects the job when the worker dies before answering; the next job gets a fresh worker', async () => {
    let starts = 0
    const port = scriptedPort(({ exit, reply }) =>
      starts === 1 ? exit('exit code 134') : reply({ id: 2, ok: true, result: 'fine' }),
    )
    const counting = () => (starts++, port.start())
    const work = createHeavyWorker(counting)
    await expect(work.run(job)).rejects.toThrow(
      'the openBundle worker ended before answering (exit code 134)',
    )
    await expect(work.run(job)).resolves.toBe('fine')
    expect(starts).toBe(2)
    work.dispose()
  })

  it('keeps one worker for the jobs that follow, and ends it once idle', async () => {
    let starts = 0
    let nextReply = 1
    const port = scriptedPort(({ reply }) => reply({ id: nextReply++, ok: true, result: 'done' }))
    const work = createHeavyWorker(() => (starts++, port.start()), { idleMs: 30 })
    await work.run(job)
    await work.run(job)
    expect(starts).toBe(1)
    expect(port.killed).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(port.killed).toHaveLength(1)
  })

  it('rejects a job past its deadline and ends the worker', async () => {
    const port = scriptedPort(() => {})
    const work = createHeavyWorker(port.start, { deadlineMs: 50 })
    await expect(work.run(job)).rejects.toThrow('the openBundle job did not finish in 50 ms')
    expect(port.killed).toHaveLength(1)
  })

  it('passes on the error a job failed with, and ignores replies to other jobs', async () => {
    const port = scriptedPort(({ reply }) => {
      reply({ id: 999, ok: true, result: 'not this one' })
      reply({ id: 1, ok: false, error: 'ENOSPC' })
    })
    const work = createHeavyWorker(port.start)
    await expect(work.run(job)).rejects.toThrow('ENOSPC')
    work.dispose()
  })
})
