/**
 * The heavy-work worker's entry: the same file runs as a worker thread (CLI, preview) and as an
 * Electron utility process (the app), each answering requests from `protocol.ts`.
 */
import { parentPort } from 'node:worker_threads'
import { isJobRequest, type JobReply } from './protocol'
import { runHeavyJob } from './heavyJobs'

/** Electron's utilityProcess gives the child `process.parentPort` (messages arrive as `{ data }`). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

async function answer(message: unknown, reply: (message: JobReply) => void) {
  if (!isJobRequest(message)) return
  try {
    reply({ id: message.id, ok: true, result: await runHeavyJob(message.job) })
  } catch (error) {
    reply({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}

const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort
if (utilityPort) {
  utilityPort.on('message', (event) => void answer(event.data, (reply) => utilityPort.postMessage(reply)))
} else if (parentPort) {
  const port = parentPort
  port.on('message', (message) => void answer(message, (reply) => port.postMessage(reply)))
}
