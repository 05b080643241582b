// Save and Open diagnostics in the preview: built and opened by the app's own worker jobs (here run
// in process, recording each job), never with this machine's unified log for a demo, and the saved
// bundle opens again to the same diagnosis.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../../main/common/ipc/contract'
import type { MacState } from '../../../main/common/model/macState'
import { startPreview, type RunningPreview } from '../../../main/node/preview/preview'
import { runHeavyJob, type HeavyJob, type HeavyWork } from '../../../main/node/worker/heavyJobs'
import { REPO } from '../../helpers/fakeSysroot'

const running: RunningPreview[] = []
afterEach(async () => void (await Promise.all(running.splice(0).map((preview) => preview.close()))))

function rendererDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'psso-preview-renderer-'))
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>')
  return dir
}

describe('the preview’s diagnostics bundle', () => {
  it('is built and opened by the worker’s jobs, and opens to the same diagnosis', async () => {
    const jobs: HeavyJob[] = []
    const heavyWork: HeavyWork = {
      run: async (job) => {
        jobs.push(job)
        return (await runHeavyJob(job)) as never
      },
    }
    const preview = await startPreview({
      scenario: 'healthy',
      repoRoot: REPO,
      rendererDir: rendererDir(),
      version: '9.9.9',
      heavyWork,
    })
    running.push(preview)
    const post = (url: string, body: unknown) =>
      fetch(`${preview.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    let download = await post('api/bundle', {})
    for (let i = 0; download.status === 409 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      download = await post('api/bundle', {})
    }
    expect(download.status).toBe(200)
    const zip = Buffer.from(await download.arrayBuffer())
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(jobs[0]).toMatchObject({ kind: 'bundle', includeUnifiedLog: false })

    const opened = (await (
      await post('api/open-bundle', { name: 'diagnostics.zip', base64: zip.toString('base64') })
    ).json()) as IpcResult<{ state: MacState }>
    expect(jobs[1]).toMatchObject({ kind: 'openBundle' })
    expect(opened.ok && opened.data.state.verdict.status).toBe('healthy')
  })
})
