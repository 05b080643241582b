/**
 * The bundle benchmark for `npm run bench`: a bundle with a 30 MB unified log, built by the built
 * worker (out/cli/heavy-work.cjs) while the main event loop's longest stall is measured with
 * perf_hooks.monitorEventLoopDelay. Printed beside the figures the synchronous build had.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { DEFAULT_DIAGNOSIS_CONTEXT } from '../main/common/diagnosis/rules'
import { readMacState } from '../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../main/node/system/tools'
import { createHeavyWorker, HEAVY_WORK_ENTRY, threadWorker } from '../main/node/worker/heavyWorker'
import { createFakeSysroot } from '../test/helpers/fakeSysroot'
import type { Measurement } from './measurement'

/** Measured on this branch's start (synchronous, in the main thread, each part compressed 3 times). */
const BEFORE = { seconds: '15.8–19.7 s', stall: '15,600–19,600 ms' }

/** A unified log as `log show --style compact` prints it: varied lines, a few with tokens. */
export function unifiedLog(bytes: number): string {
  const lines: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = `2026-11-21 09:${String(i % 60).padStart(2, '0')}:00.${String(i % 1000).padStart(3, '0')} Df AppSSOAgent[${500 + (i % 40)}:${(i * 7919).toString(16)}] [com.apple.AppSSO:SOAuthorization] request ${i} correlation_id=${(i * 2654435761).toString(16)} ${i % 50 === 0 ? `Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJpIjoi${i}In0.c2ln${i}` : 'state=POUserStateNormal'}`
    lines.push(line)
    size += line.length + 1
  }
  return `${lines.join('\n')}\n`
}

export const bundleBench = async (): Promise<Measurement[]> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'psso-bench-bundle-'))
  const logFile = path.join(dir, 'unified.log')
  writeFileSync(logFile, unifiedLog(30 * 1024 * 1024))
  const sysroot = createFakeSysroot({ log: { stdoutFile: logFile } })
  let worker: ReturnType<typeof createHeavyWorker> | undefined
  try {
    const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
    const capture = {
      ...(await readMacState({ system, now: Date.now })),
      diagnosis: DEFAULT_DIAGNOSIS_CONTEXT,
    }
    worker = createHeavyWorker(
      threadWorker(path.resolve(import.meta.dirname, '../out/cli', HEAVY_WORK_ENTRY)),
    )
    const runs: { seconds: number; stallMs: number }[] = []
    // A first, unmeasured run: the 30 MB string made above is collected and the worker file is cached.
    for (let i = -1; i < 3; i++) {
      const delay = monitorEventLoopDelay({ resolution: 5 })
      delay.enable()
      const started = performance.now()
      await worker.run({
        kind: 'bundle',
        file: path.join(dir, `bundle-${i}.zip`),
        capture,
        options: { pseudonymize: false, appVersion: 'bench', nowMs: Date.now() },
        homeDir: dir,
        includeUnifiedLog: true,
        sysroot: sysroot.root,
      })
      if (i >= 0) runs.push({ seconds: (performance.now() - started) / 1000, stallMs: delay.max / 1e6 })
      delay.disable()
    }
    // The same loop doing nothing for as long: what the machine's own load costs (a busy, shared
    // machine delays a timer by tens of milliseconds with no work in this process at all).
    const idle = monitorEventLoopDelay({ resolution: 5 })
    idle.enable()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    idle.disable()
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
    const worstStall = Math.max(...runs.map((run) => run.stallMs))
    return [
      {
        name: 'bundle with a 30 MB unified log, in the worker (best of 3)',
        value: `${best.seconds.toFixed(2)} s (before: ${BEFORE.seconds})`,
        target: '<= 1.5 s',
      },
      {
        name: "main event loop's longest stall during it (worst of 3)",
        value: `${worstStall.toFixed(0)} ms (before: ${BEFORE.stall}; idle for 1.5 s on this machine now: ${(idle.max / 1e6).toFixed(0)} ms)`,
        target: '<= 50 ms',
      },
    ]
  } finally {
    worker?.dispose()
    sysroot.cleanup()
    rmSync(dir, { recursive: true, force: true })
  }
}
