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

/** A bundle with a 30 MB unified log takes seconds; a minute means the worker is stuck. */
export const JOB_DEADLINE_MS = 120_000

export function createHeavyWorker(
  start: () => WorkerPort,
  { deadlineMs = JOB_DEADLINE_MS }: { deadlineMs?: number } = {},
): HeavyWork {
  let nextId = 1
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        let settled = false
        let port: WorkerPort
        const settle = (outcome: () => void) => {
          if (settled) return
          settled = true
          clearTimeout(deadline)
          port.kill()
          outcome()
        }
        const deadline = setTimeout(
          () => settle(() => reject(new Error(`the ${job.kind} job did not finish in ${deadlineMs} ms`))),
          deadlineMs,
        )
        try {
          port = start()
        } catch (error) {
          clearTimeout(deadline)
          reject(error instanceof Error ? error : new Error(String(error)))
          return
        }
        port.onMessage((message) => {
          if (!isJobReply(message) || message.id !== id) return
          if (message.ok) settle(() => resolve(message.result as never))
          else settle(() => reject(new Error(message.error)))
        })
        port.onExit((reason) =>
          settle(() => reject(new Error(`the ${job.kind} worker ended before answering (${reason})`))),
        )
        port.post({ id, job })
      }),
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
    }
  }
}
