// The Electron adapter of the heavy-work worker, with Electron's utilityProcess mocked: it forks the
// worker module, posts the request, passes the reply on, and ends the process after the job.
import { describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class FakeUtilityProcess extends EventEmitter {
    posted: unknown[] = []
    killed = false
    constructor(
      public modulePath: string,
      public options: Record<string, unknown>,
    ) {
      super()
    }
    postMessage(message: unknown) {
      this.posted.push(message)
    }
    kill() {
      this.killed = true
      return true
    }
  }
  const forked: FakeUtilityProcess[] = []
  return {
    forked,
    utilityProcess: {
      fork: (modulePath: string, _args: string[], options: Record<string, unknown>) => {
        const child = new FakeUtilityProcess(modulePath, options)
        forked.push(child)
        return child
      },
    },
  }
})
vi.mock('electron', () => ({ utilityProcess: electron.utilityProcess }))

const { utilityWorker } = await import('../../../main/electron/utilityWorker')
const { createHeavyWorker } = await import('../../../main/node/worker/heavyWorker')

describe('heavy work in a utility process', () => {
  it('forks the worker module, answers the job with its reply and ends the process when idle', async () => {
    const work = createHeavyWorker(utilityWorker('/app/out/main/heavy-work.cjs'), { idleMs: 20 })
    const running = work.run({ kind: 'openBundle', file: '/tmp/b.zip' })
    const child = electron.forked.at(-1)!
    expect(child.modulePath).toBe('/app/out/main/heavy-work.cjs')
    expect(child.posted).toEqual([{ id: 1, job: { kind: 'openBundle', file: '/tmp/b.zip' } }])
    child.emit('message', { id: 1, ok: true, result: { ok: false, error: 'damaged' } })
    await expect(running).resolves.toEqual({ ok: false, error: 'damaged' })
    expect(child.killed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(child.killed).toBe(true)
  })

  it('a utility process that crashes fails only its job, with the exit code', async () => {
    const work = createHeavyWorker(utilityWorker('/app/out/main/heavy-work.cjs'))
    const running = work.run({ kind: 'openBundle', file: '/tmp/b.zip' })
    electron.forked.at(-1)!.emit('exit', 5)
    await expect(running).rejects.toThrow('the openBundle worker ended before answering (exit code 5)')
    expect(electron.forked.at(-1)!.killed).toBe(false)
  })
})
