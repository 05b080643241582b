import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { AppInfo } from '../../../main/common/ipc/contract'
import { parseRequest } from '../../../main/node/ipc/validate'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { testAppCore } from '../../helpers/appCores'
import { TEST_APP_INFO } from '../../helpers/appInfo'
import { dispatch, type HandlerDeps } from '../../../main/node/app/handlers'
import { encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { sessionView } from '../../../main/node/app/sessionView'
import type { RepairSession } from '../../../main/common/repair/types'
import type { MacState } from '../../../main/common/model/macState'
import { createScenarioMac, fixtureDirsFor, SCENARIOS } from '../../../main/node/preview/scenarios'
import { readMacState } from '../../../main/node/probe/readMacState'
import { REPO } from '../../helpers/fakeSysroot'

const appInfo: AppInfo = { ...TEST_APP_INFO, preferredLanguages: ['ja-JP', 'en-US'] }

// A real state (the healthy demo Mac): the verification loop evaluates every field it needs.
const HEALTHY_READ = await readMacState({
  system: createScenarioMac(SCENARIOS.healthy, fixtureDirsFor(REPO)).system,
  now: Date.now,
})

function setup(
  overrides: { read?: () => Promise<MacState>; copy?: boolean; files?: HandlerDeps['files'] } = {},
) {
  const openExternal = vi.fn(async (_url: string) => {})
  const copyText = vi.fn()
  const core = testAppCore({
    read: overrides.read
      ? async () => ({ ...HEALTHY_READ, state: await overrides.read!() })
      : async () => HEALTHY_READ,
    now: () => Date.parse('2026-05-02T09:00:00Z'), // after the healthy Mac's tokens: not "fresh"
    config: () => ({ ...DEFAULT_CONFIG, SupportURL: 'https://help.example.com/mac' }),
    appInfo: () => appInfo,
    openExternal,
    ...(overrides.copy === false ? {} : { copyText }),
    ...(overrides.files ? { files: overrides.files } : {}),
  })
  return { handlers: core.handlers, core, openExternal, copyText }
}

describe('parseRequest', () => {
  it.each([
    ['state:get', undefined, true],
    ['state:get', { sneaky: true }, false],
    ['playbook:start', { playbookId: 'password-reset' }, true],
    ['playbook:start', { playbookId: '' }, false],
    ['playbook:start', { playbookId: 'x', extra: 1 }, false],
    ['playbook:answer', { sessionId: 's', questionId: 'q', answerId: 'a' }, true],
    ['playbook:answer', { sessionId: 's', questionId: 'q' }, false],
    ['external:open', { intent: 'support' }, true],
    ['external:open', { intent: 'support', url: 'https://evil.test' }, false],
    ['external:open', { intent: 'settingsPane' }, false],
    ['external:open', { intent: 'anything' }, false],
    ['clipboard:copy', { text: 'hello' }, true],
    ['clipboard:copy', { text: 42 }, false],
    ['helpdesk:decodeSupportCode', { code: 'ABCD-1234' }, true],
    ['helpdesk:decodeSupportCode', { code: 'x'.repeat(201) }, false],
  ] as const)('%s %o → valid %s', (channel, argument, valid) => {
    expect(parseRequest(channel, argument).ok).toBe(valid)
  })

  it('names the channel and the field in the message', () => {
    const result = parseRequest('playbook:advance', { sessionId: 7 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } })
    expect(!result.ok && result.error.message).toMatch(/^playbook:advance: .* at sessionId$/)
  })
})

describe('dispatch', () => {
  it('refuses an unknown channel and invalid arguments as typed results', async () => {
    const { handlers } = setup()
    expect(await dispatch(handlers, 'shell:exec', { command: 'rm' })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument', message: 'Unknown channel: shell:exec' },
    })
    expect(await dispatch(handlers, 'constructor', undefined)).toMatchObject({ ok: false })
    expect(await dispatch(handlers, 'clipboard:copy', { text: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
  })

  it('turns a thrown error into a typed failure', async () => {
    const { handlers, openExternal } = setup()
    openExternal.mockRejectedValueOnce(new Error('no handler for companyportal:'))
    expect(await dispatch(handlers, 'external:open', { intent: 'companyPortal' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'no handler for companyportal:' },
    })
  })

  it('re-checks on request and answers with the new snapshot', async () => {
    const { handlers } = setup()
    const result = await dispatch(handlers, 'state:recheck', undefined)
    expect(result).toMatchObject({
      ok: true,
      data: {
        checking: false,
        checkedAt: '2026-05-02T09:00:00.000Z',
        state: { verdict: { status: 'healthy' } },
      },
    })
  })

  it('opens only allow-listed URLs, resolved from the intent', async () => {
    const { handlers, openExternal } = setup()
    expect(await dispatch(handlers, 'external:open', { intent: 'support' })).toEqual({
      ok: true,
      data: { opened: 'https://help.example.com/mac' },
    })
    const pane = 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension'
    expect(await dispatch(handlers, 'external:open', { intent: 'settingsPane', url: pane })).toMatchObject({
      ok: true,
    })
    expect(
      await dispatch(handlers, 'external:open', {
        intent: 'settingsPane',
        url: 'https://help.example.com/',
      }),
    ).toMatchObject({ ok: false, error: { code: 'notAllowed' } })
    expect(openExternal.mock.calls).toEqual([['https://help.example.com/mac'], [pane]])
  })

  it('copies text where the shell owns the clipboard, and says so where it does not', async () => {
    const withClipboard = setup()
    expect(await dispatch(withClipboard.handlers, 'clipboard:copy', { text: 'abc' })).toEqual({
      ok: true,
      data: { copied: 3 },
    })
    expect(withClipboard.copyText).toHaveBeenCalledWith('abc')
    const preview = setup({ copy: false })
    expect(await dispatch(preview.handlers, 'clipboard:copy', { text: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'notAvailable' },
    })
  })

  it('answers app info and config', async () => {
    const { handlers } = setup()
    expect(await dispatch(handlers, 'app:info', undefined)).toEqual({ ok: true, data: appInfo })
    expect(await dispatch(handlers, 'config:get', undefined)).toMatchObject({
      ok: true,
      // Without a provenance source every value is a default (the preview's demo configuration).
      data: {
        values: { SupportURL: 'https://help.example.com/mac' },
        sources: { SupportURL: 'default' },
        problems: [],
      },
    })
  })
})

describe('helpdesk channels', () => {
  it('gives the redacted report of the latest read, and says so before the first', async () => {
    const { handlers, core } = setup()
    expect(await dispatch(handlers, 'helpdesk:report', undefined)).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'The Mac has not been read yet.' },
    })
    await core.stateOwner.recheck('start')
    // The report has one format; a request that asks for one is refused, not silently ignored.
    expect(await dispatch(handlers, 'helpdesk:report', { format: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
    const result = await dispatch(handlers, 'helpdesk:report', undefined)
    expect(result.ok).toBe(true)
    const { text } = (result as { data: { text: string } }).data
    expect(text).toContain('app-sso')
    expect(text).not.toMatch(/BEGIN CERTIFICATE|eyJ[A-Za-z0-9_-]{20,}/)
  })

  it('decodes a support code into its findings, facts and guide in the UI language, and refuses a mistyped one', async () => {
    const { handlers } = setup()
    const broken = (
      await readMacState({
        system: createScenarioMac(SCENARIOS['tokens-expired'], fixtureDirsFor(REPO)).system,
        now: Date.now,
      })
    ).state
    const code = encodeSupportCode(broken)
    expect(await dispatch(handlers, 'helpdesk:decodeSupportCode', { code })).toMatchObject({
      ok: true,
      data: {
        code,
        findings: broken.verdict.findings
          .slice(0, 3)
          .map((finding) => expect.objectContaining({ id: finding.id })),
        facts: { verdict: 'broken', method: 'password', macOS: { major: 15, minor: 6 } },
        guide: expect.objectContaining({ macOSMajor: 15 }),
      },
    })
    const mistyped = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')
    expect(await dispatch(handlers, 'helpdesk:decodeSupportCode', { code: mistyped })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
  })
})

describe('playbook channels', () => {
  it('starts a playbook, answers, goes on, and cancels, each answered with the session', async () => {
    const { handlers, core } = setup()
    await core.stateOwner.recheck('start')
    expect(await dispatch(handlers, 'playbook:current', undefined)).toEqual({ ok: true, data: null })

    const started = await dispatch(handlers, 'playbook:start', {
      playbookId: 'password-reset',
      findingId: 'user-needs-registration',
    })
    expect(started).toMatchObject({
      ok: true,
      data: {
        playbookId: 'password-reset',
        phase: 'step',
        view: { currentStepId: 'temporary-password', findingId: 'user-needs-registration', macOSMajor: 15 },
      },
    })
    const sessionId = (started as { data: { sessionId: string } }).data.sessionId

    const answered = await dispatch(handlers, 'playbook:answer', {
      sessionId,
      questionId: 'temporary-password',
      answerId: 'no',
    })
    expect(answered).toMatchObject({ ok: true, data: { view: { currentStepId: 'open-users-and-groups' } } })
    // "I've done this" where the Mac cannot tell: the Mac-password sheet's stage, alone.
    const advanced = await dispatch(handlers, 'playbook:advance', { sessionId })
    expect(advanced).toMatchObject({ ok: true, data: { view: { currentStepId: 'enter-mac-password' } } })
    const back = await dispatch(handlers, 'playbook:back', { sessionId })
    expect(back).toMatchObject({ ok: true, data: { view: { currentStepId: 'open-users-and-groups' } } })
    const retried = await dispatch(handlers, 'playbook:retry', { sessionId })
    expect(retried).toMatchObject({
      ok: true,
      data: { view: { currentStepId: 'temporary-password', answers: {} } },
    })
    // No window in this shell: the guide mode is taken and changes nothing.
    expect(await dispatch(handlers, 'window:guideMode', { mode: 'compact' })).toEqual({
      ok: true,
      data: { mode: 'compact' },
    })
    expect(await dispatch(handlers, 'playbook:cancel', { sessionId })).toMatchObject({
      ok: true,
      data: { phase: 'cancelled' },
    })
  })

  it('refuses an unknown playbook or finding, and a session that is not the running one', async () => {
    const { handlers } = setup()
    expect(await dispatch(handlers, 'playbook:start', { playbookId: 'format-disk' })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument', message: 'Unknown playbook: format-disk' },
    })
    expect(
      await dispatch(handlers, 'playbook:start', { playbookId: 'password-reset', findingId: 'nope' }),
    ).toMatchObject({ ok: false, error: { code: 'invalidArgument' } })
    expect(await dispatch(handlers, 'playbook:advance', { sessionId: 'old' })).toMatchObject({
      ok: false,
      error: { code: 'noSession' },
    })
    await dispatch(handlers, 'playbook:start', { playbookId: 'password-reset' })
    expect(await dispatch(handlers, 'playbook:handOff', { sessionId: 'old' })).toMatchObject({
      ok: false,
      error: { code: 'noSession' },
    })
  })

  it('pushes every session change and every state change to subscribers', async () => {
    const { handlers, core } = setup()
    const pushed: string[] = []
    const unsubscribe = core.subscribe((channel: string) => pushed.push(channel))
    await dispatch(handlers, 'playbook:start', { playbookId: 'password-reset' })
    await core.stateOwner.recheck('request')
    expect(pushed).toContain('playbook:changed')
    expect(pushed).toContain('state:changed')
    unsubscribe()
    const count = pushed.length
    await core.stateOwner.recheck('request')
    expect(pushed).toHaveLength(count)
  })
})

describe('sessionView', () => {
  const base = {
    id: 's',
    playbookId: 'password-reset',
    findingId: null,
    startedAt: '2026-05-02T08:15:00Z',
    macOSMajor: 15,
    currentStepId: 'lock-and-unlock',
    shownStepIds: ['lock-and-unlock'],
    answers: {},
    outcome: 'inProgress',
    verification: {
      status: 'checking',
      check: 'reRegistered',
      attempts: 1,
      maxAttempts: 20,
      lastCheckedAt: null,
      nextCheckAt: null,
      satisfied: [],
      missing: ['userStateNormal'],
    },
  } as const satisfies RepairSession
  const phase = (changes: Partial<RepairSession>) => sessionView({ ...base, ...changes }).phase

  it('derives the phase the screen shows from the session', () => {
    expect(phase({})).toBe('step')
    expect(phase({ currentStepId: 'sign-in-microsoft' })).toBe('verifying')
    // The Mac watches Users & Groups too (it moves on when the Mac password was taken).
    expect(phase({ currentStepId: 'open-users-and-groups' })).toBe('verifying')
    // After the bound: "not fixed" only on the stage that awaits the proof; elsewhere the user is awaited.
    const gaveUp = { ...base.verification, status: 'gaveUp' as const }
    expect(phase({ currentStepId: 'sign-in-microsoft', verification: gaveUp })).toBe('notFixed')
    expect(phase({ currentStepId: 'open-users-and-groups', verification: gaveUp })).toBe('waiting')
    expect(phase({ verification: gaveUp })).toBe('waiting')
    expect(phase({ outcome: 'verified', currentStepId: 'after-care' })).toBe('fixed')
    expect(phase({ outcome: 'handedOff' })).toBe('handedOff')
    expect(phase({ outcome: 'explained' })).toBe('explained')
    expect(phase({ outcome: 'cancelled' })).toBe('cancelled')
  })
})

describe('diagnostics bundles', () => {
  it('saves the bundle where the user chose and opens it again as the same verdict', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-bundle-'))
    try {
      const file = path.join(dir, 'bundle.zip')
      let chosen: string | null = null
      const { handlers, core } = setup({
        files: {
          chooseSaveFile: async (name) => ((chosen = name), file),
          chooseOpenFile: async () => file,
          system: createScenarioMac(SCENARIOS.healthy, fixtureDirsFor(REPO)).system,
          homeDir: dir,
        },
      })
      await core.stateOwner.recheck('start')
      expect(await dispatch(handlers, 'helpdesk:saveBundle', undefined)).toEqual({
        ok: true,
        data: { path: file },
      })
      expect(chosen).toMatch(/^PSSO Helper diagnostics \d{4}-\d{2}-\d{2}\.zip$/)
      expect(await dispatch(handlers, 'helpdesk:openBundle', undefined)).toMatchObject({
        ok: true,
        data: { path: file, state: { verdict: { status: 'healthy' }, capture: { isCapture: true } } },
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so when the user cancels the dialog', async () => {
    const { handlers, core } = setup({
      files: {
        chooseSaveFile: async () => null,
        chooseOpenFile: async () => null,
        system: {} as never,
        homeDir: '/',
      },
    })
    await core.stateOwner.recheck('start')
    for (const channel of ['helpdesk:saveBundle', 'helpdesk:openBundle'])
      expect(await dispatch(handlers, channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'cancelled' },
      })
  })

  it('need the desktop app’s file dialogs: the preview says so', async () => {
    const { handlers, core } = setup()
    await core.stateOwner.recheck('start')
    for (const channel of ['helpdesk:saveBundle', 'helpdesk:openBundle'])
      expect(await dispatch(handlers, channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'notAvailable' },
      })
  })
})
