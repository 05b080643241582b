/**
 * The heavy-work worker as an Electron utility process: a real child process (a crash cannot take
 * the main process with it) running the same worker module as the CLI's worker threads.
 */
import { utilityProcess } from 'electron'
import type { WorkerPort } from '../node/worker/protocol'

export function utilityWorker(entryFile: string): () => WorkerPort {
  return () => {
    const child = utilityProcess.fork(entryFile, [], { serviceName: 'PSSO Helper reports', stdio: 'ignore' })
    let exited = false
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) =>
        child.on('exit', (code) => {
          exited = true
          listener(`exit code ${code}`)
        }),
      kill: () => {
        if (!exited) child.kill()
      },
    }
  }
}
