/**
 * Runs heavy jobs in a worker: one worker per job (a crash or a hang takes only that job with it),
 * ended after its reply or its deadline. `threadWorker` starts worker_threads workers; the Electron
 * edge passes a utilityProcess starter with the same `WorkerPort` shape.
 */
import { Worker } from 'node:worker_threads'
import type { HeavyWork } from './heavyJobs'
import { isJobReply, type WorkerPort } from './protocol'

/** The worker entry's file name beside each build's main file (scripts/build.mjs writes it). */
export const HEAVY_WORK_ENTRY = 'heavy-work.cjs'

/** A bundle with a 30 MB unified log takes seconds; two minutes mean the worker is stuck. */
export const JOB_DEADLINE_MS = 120_000
/** An idle worker is ended after this long, so its memory goes back to the system. */
export const WORKER_IDLE_MS = 60_000

interface RunningWorker {
  port: WorkerPort
  jobs: Map<number, { resolve: (result: never) => void; reject: (error: Error) => void; kind: string }>
}

/**
 * One worker at a time, started on the first job and kept for the next ones (ending a worker that
 * has just built a large bundle costs its parent a pause while the memory is released, so that
 * happens when idle, not while the user waits). A worker that dies or passes a job's deadline takes
 * its jobs with it, each a clear error; the next job starts a fresh one.
 */
export function createHeavyWorker(
  start: () => WorkerPort,
  { deadlineMs = JOB_DEADLINE_MS, idleMs = WORKER_IDLE_MS }: { deadlineMs?: number; idleMs?: number } = {},
): HeavyWork & { dispose: () => void } {
  let nextId = 1
  let current: RunningWorker | null = null
  let idleTimer: ReturnType<typeof setTimeout> | null = null

  const end = (worker: RunningWorker, why: (kind: string, id: number) => string) => {
    if (current === worker) current = null
    worker.port.kill()
    for (const [id, job] of worker.jobs) job.reject(new Error(why(job.kind, id)))
    worker.jobs.clear()
  }
  const idleCheck = () => {
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = null
    if (!current || current.jobs.size > 0) return
    const worker = current
    worker.port.hold?.(false)
    idleTimer = setTimeout(() => end(worker, () => 'ended while idle'), idleMs)
    idleTimer.unref?.()
  }
  const worker = () => {
    if (current) return current
    const port = start()
    const started: RunningWorker = { port, jobs: new Map() }
    port.onMessage((message) => {
      if (!isJobReply(message)) return
      const job = started.jobs.get(message.id)
      if (!job) return
      started.jobs.delete(message.id)
      if (message.ok) job.resolve(message.result as never)
      else job.reject(new Error(message.error))
      idleCheck()
    })
    port.onExit((reason) => {
      if (current === started) current = null
      for (const job of started.jobs.values())
        job.reject(new Error(`the ${job.kind} worker ended before answering (${reason})`))
      started.jobs.clear()
    })
    current = started
    return started
  }

  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        let target: RunningWorker
        try {
          target = worker()
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
          return
        }
        if (idleTimer) clearTimeout(idleTimer)
        idleTimer = null
        target.port.hold?.(true)
        const deadline = setTimeout(() => {
          if (target.jobs.has(id))
            end(target, (kind, stuck) =>
              stuck === id
                ? `the ${kind} job did not finish in ${deadlineMs} ms`
                : `the ${kind} job was stopped with a stuck worker`,
            )
        }, deadlineMs)
        target.jobs.set(id, {
          kind: job.kind,
          resolve: (result) => {
            clearTimeout(deadline)
            resolve(result)
          },
          reject: (error) => {
            clearTimeout(deadline)
            reject(error)
          },
        })
        target.port.post({ id, job })
      }),
    dispose: () => {
      if (idleTimer) clearTimeout(idleTimer)
      if (current) end(current, (kind) => `the ${kind} job was stopped: the app is quitting`)
    },
  }
}

/** A worker_threads worker running `entryFile` (built: heavy-work.cjs; in tests, the TS source via tsx). */
export function threadWorker(entryFile: string, execArgv: string[] = []): () => WorkerPort {
  return () => {
    const worker = new Worker(entryFile, { execArgv })
    let exited = false
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onExit: (listener) => {
        worker.on('error', (error) => listener(error.message))
        worker.on('exit', (code) => {
          exited = true
          listener(`exit code ${code}`)
        })
      },
      kill: () => {
        if (!exited) void worker.terminate()
      },
      hold: (busy) => (busy ? worker.ref() : worker.unref()),
    }
  }
}
