/**
 * The message protocol between the app and its heavy-work worker, the same over worker_threads and
 * Electron's utilityProcess: one request per job, one reply with the same id.
 */
import type { HeavyJob } from './heavyJobs'

export interface JobRequest {
  id: number
  job: HeavyJob
}

export type JobReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string }

export const isJobRequest = (message: unknown): message is JobRequest =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as JobRequest).id === 'number' &&
  typeof (message as JobRequest).job === 'object'

export const isJobReply = (message: unknown): message is JobReply =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as JobReply).id === 'number' &&
  typeof (message as JobReply).ok === 'boolean'

/** What a worker of either kind looks like to the client. */
export interface WorkerPort {
  post(message: JobRequest): void
  onMessage(listener: (message: unknown) => void): void
  /** Called once when the worker ends, for whatever reason. */
  onExit(listener: (reason: string) => void): void
  kill(): void
  /** Whether the worker may keep its parent alive: while it has jobs, yes; idle, no (a CLI exits). */
  hold?(busy: boolean): void
}
