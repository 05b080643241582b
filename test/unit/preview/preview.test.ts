// The preview serves the IPC contract over HTTP with the real reader and diagnosis, on a pretend Mac.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IpcResult, StateSnapshot } from '../../../main/common/ipc/contract'
import { startPreview, type RunningPreview } from '../../../main/node/preview/preview'
import {
  SCENARIO_NAMES,
  SCENARIOS,
  createScenarioMac,
  fixtureDirsFor,
} from '../../../main/node/preview/scenarios'
import { staticFilePath } from '../../../main/node/preview/server'
import { readMacState } from '../../../main/node/probe/readMacState'
import { REPO } from '../../helpers/fakeSysroot'

const running: RunningPreview[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((preview) => preview.close()))
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
})

function rendererDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'psso-renderer-'))
  dirs.push(dir)
  mkdirSync(path.join(dir, 'assets'))
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>test</title>')
  writeFileSync(path.join(dir, 'assets/app.js'), 'console.log(1)')
  return dir
}

async function start(scenario: (typeof SCENARIO_NAMES)[number] | null, opened: string[] = []) {
  const preview = await startPreview({
    backoff: { initialDelayMs: 20, factor: 1, maxDelayMs: 20, maxAttempts: 200 },
    scenario,
    repoRoot: REPO,
    rendererDir: rendererDir(),
    version: '9.9.9',
    onOpenExternal: (url) => opened.push(url),
  })
  running.push(preview)
  return preview
}

const invoke = async (preview: RunningPreview, channel: string, argument?: unknown, headers = {}) => {
  const response = await fetch(`${preview.url}api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ argument }),
  })
  return { status: response.status, body: (await response.json()) as IpcResult<never> }
}

async function settledState(preview: RunningPreview): Promise<StateSnapshot> {
  for (;;) {
    const { body } = await invoke(preview, 'state:get')
    const snapshot = (body as IpcResult<StateSnapshot> & { ok: true }).data
    if (snapshot.state && !snapshot.checking) return snapshot
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('demo scenarios', () => {
  const expected: Record<string, { status: string; first: string | undefined }> = {
    'password-reset': { status: 'broken', first: 'user-needs-registration' },
    healthy: { status: 'healthy', first: undefined },
    'not-configured': { status: 'notConfigured', first: 'psso-not-configured' },
    'registration-required': { status: 'broken', first: 'device-not-registered' },
    'tokens-expired': { status: 'broken', first: 'tokens-expired' },
    'secure-enclave': { status: 'healthy', first: undefined },
    'user-not-registered': { status: 'broken', first: 'user-not-registered' },
    unreadable: { status: 'unknown', first: 'state-unreadable' },
    slow: { status: 'healthy', first: undefined },
  }

  it('has an expectation for every scenario', () => {
    expect(Object.keys(expected).sort()).toEqual([...SCENARIO_NAMES].sort())
  })

  it.each(SCENARIO_NAMES.filter((name) => name !== 'slow'))(
    '%s: the real reader gives the verdict its first stage stands for',
    async (name) => {
      const mac = createScenarioMac({ ...SCENARIOS[name], probeDelayMs: 0 }, fixtureDirsFor(REPO))
      const { state } = await readMacState({
        system: mac.system,
        now: () => Date.parse('2026-05-02T09:00:00Z'),
      })
      expect(state.verdict.status).toBe(expected[name]!.status)
      expect(state.verdict.findings[0]?.id).toBe(expected[name]!.first)
    },
  )

  it('password-reset ends fixed: every later stage is healthy at the last one', async () => {
    const mac = createScenarioMac({ ...SCENARIOS['password-reset'], probeDelayMs: 0 }, fixtureDirsFor(REPO))
    const verdicts: string[] = []
    for (let step = 0; step < 4; step++) {
      verdicts.push((await readMacState({ system: mac.system, now: Date.now })).state.verdict.status)
      mac.proceed()
    }
    expect(verdicts[0]).toBe('broken')
    expect(verdicts.slice(2)).toEqual(['healthy', 'healthy'])
  })
})

describe('preview server', () => {
  it('serves the contract over HTTP: state, a re-check that never moves the scenario on, and allow-listed links', async () => {
    const opened: string[] = []
    const preview = await start('registration-required', opened)
    const first = await settledState(preview)
    expect(first.state?.verdict.status).toBe('broken')
    // The demo Mac lives in May 2026; "checked … ago" is still on the user's clock.
    expect(Math.abs(Date.parse(first.checkedAt!) - Date.now())).toBeLessThan(60_000)

    // The app's own buttons (Check again) never move the pretend Mac.
    const recheck = await invoke(preview, 'state:recheck')
    expect(recheck.body).toMatchObject({ ok: true, data: { state: { verdict: { status: 'broken' } } } })
    expect(preview.scenarioMac?.stageIndex()).toBe(0)

    expect((await invoke(preview, 'external:open', { intent: 'support' })).body).toEqual({
      ok: true,
      data: { opened: 'https://help.contoso.example/mac' },
    })
    expect(
      (await invoke(preview, 'external:open', { intent: 'settingsPane', url: 'file:///etc' })).body,
    ).toMatchObject({
      ok: false,
      error: { code: 'notAllowed' },
    })
    expect(opened).toEqual(['https://help.contoso.example/mac'])
    expect((await invoke(preview, 'app:info')).body).toMatchObject({
      ok: true,
      data: { shell: 'preview', scenario: 'registration-required', version: '9.9.9' },
    })
  })

  it('walks the password-reset guide while only the pretend Mac moves the Mac on, until it shows the fix', async () => {
    const preview = await start('password-reset')
    const mac = preview.scenarioMac!
    expect((await settledState(preview)).state?.verdict.findings[0]?.id).toBe('user-needs-registration')
    const pretend = async (action?: string) => {
      const response = await fetch(`${preview.url}api/preview/pretend-mac`, {
        method: action ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        ...(action ? { body: JSON.stringify({ action }) } : {}),
      })
      const body = (await response.json()) as { actions: { id: string; enabled: boolean; done: boolean }[] }
      return { status: response.status, enabled: body.actions.filter((a) => a.enabled).map((a) => a.id) }
    }
    // Nothing is open on the pretend Mac yet: no action is possible, and none can be forced.
    expect(await pretend()).toEqual({ status: 200, enabled: [] })
    expect((await pretend('enter-mac-password')).status).toBe(409)

    // The user says IT reset the password: the same capture, diagnosed again.
    const answered = (await invoke(preview, 'state:answer', { reportedEntraPasswordReset: true }))
      .body as IpcResult<StateSnapshot> & { ok: true }
    expect(answered.data.state?.verdict.findings[0]?.id).toBe('password-changed-in-entra')
    const started = await invoke(preview, 'playbook:start', {
      playbookId: 'password-reset',
      findingId: 'password-changed-in-entra',
    })
    const { sessionId } = (started.body as { data: { sessionId: string } }).data
    const stepNow = async () =>
      ((await invoke(preview, 'playbook:current')).body as { data: { view: { currentStepId: string } } }).data
        .view.currentStepId
    await invoke(preview, 'playbook:answer', { sessionId, questionId: 'temporary-password', answerId: 'no' })
    expect(await stepNow()).toBe('open-users-and-groups')
    // "I've done this" or Check again change nothing on the Mac.
    await invoke(preview, 'playbook:checkNow', { sessionId })
    expect(mac.stageIndex()).toBe(0)

    // The app opens Users & Groups: now the user can click Edit… then Repair there.
    await invoke(preview, 'external:open', {
      intent: 'settingsPane',
      url: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    })
    expect(await pretend()).toEqual({ status: 200, enabled: ['edit-and-repair'] })
    expect((await pretend('edit-and-repair')).enabled).toEqual(['enter-mac-password'])
    expect(mac.stageIndex()).toBe(0)
    await pretend('enter-mac-password')
    expect(mac.stageIndex()).toBe(1)
    // The Mac shows the password was taken: the guide moves on to the sign-in by itself.
    await vi.waitFor(async () => expect(await stepNow()).toBe('sign-in-microsoft'), { timeout: 10_000 })
    await pretend('sign-in-microsoft')
    expect(mac.stageIndex()).toBe(2)
    await vi.waitFor(
      async () => {
        const { body } = await invoke(preview, 'playbook:current')
        expect((body as { data: { phase: string } }).data.phase).toBe('fixed')
      },
      { timeout: 10_000, interval: 20 },
    )
    expect((await settledState(preview)).state?.verdict.status).toBe('healthy')
  })

  it('pushes state changes on the event stream', async () => {
    const preview = await start('healthy')
    await settledState(preview)
    const response = await fetch(`${preview.url}api/events`)
    const reader = response.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(first).toMatch(/^event: state:changed\ndata: \{"state":\{/)
    await invoke(preview, 'state:recheck')
    let text = ''
    while (!text.includes('"checking":false,"checkedAt"') || !text.includes('"checking":true'))
      text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toMatch(/event: state:changed\ndata: .*"checking":true/)
    await reader.cancel()
  })

  it('restarts and moves a scenario on through the scenario control', async () => {
    const preview = await start('tokens-expired')
    await settledState(preview)
    const control = (action: string) =>
      fetch(`${preview.url}api/preview/scenario`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action }),
      })
    expect((await control('proceed')).status).toBe(200)
    expect((await settledState(preview)).state?.verdict.status).toBe('healthy')
    expect((await control('restart')).status).toBe(200)
    expect((await settledState(preview)).state?.verdict.status).toBe('broken')
    expect((await control('explode')).status).toBe(400)
  })

  it('refuses other sites, non-JSON requests and unknown channels', async () => {
    const preview = await start('healthy')
    expect((await invoke(preview, 'state:get', undefined, { origin: 'https://evil.test' })).status).toBe(403)
    const form = await fetch(`${preview.url}api/invoke/state:recheck`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    })
    expect(form.status).toBe(415)
    expect((await invoke(preview, 'shell:run', 'ls')).body).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
  })

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const preview = await start('healthy')
    const page = await fetch(preview.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await fetch(`${preview.url}assets/app.js`)).headers.get('content-type')).toContain(
      'text/javascript',
    )
    expect((await fetch(`${preview.url}..%2f..%2fpackage.json`)).status).toBe(404)
  })
})

describe('staticFilePath', () => {
  it.each([
    ['/', '/r/index.html'],
    ['/assets/a.js?x=1', '/r/assets/a.js'],
    ['/../secret', null],
    ['/%2e%2e/secret', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (url, expected) => {
    expect(staticFilePath('/r', url)).toBe(expected)
  })
})
