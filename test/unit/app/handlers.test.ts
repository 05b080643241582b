import { describe, expect, it, vi } from 'vitest'
import { INVOKE, parseRequest, type AppInfo } from '../../../preload/contract'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { createHandlers, dispatch } from '../../../main/node/app/handlers'
import { createStateOwner } from '../../../main/node/app/stateOwner'
import type { MacState } from '../../../main/common/model/macState'

const appInfo: AppInfo = {
  name: 'PSSO Helper',
  version: '1.2.3',
  locale: 'ja-JP',
  preferredLanguages: ['ja-JP', 'en-US'],
  shell: 'electron',
  scenario: null,
}

function setup(overrides: { read?: () => Promise<MacState>; copy?: boolean } = {}) {
  const openExternal = vi.fn(async (_url: string) => {})
  const copyText = vi.fn()
  const stateOwner = createStateOwner({
    read:
      overrides.read ??
      (async () => ({ verdict: { status: 'healthy', findings: [] } }) as unknown as MacState),
    now: () => Date.parse('2026-05-02T08:00:00Z'),
  })
  const handlers = createHandlers({
    stateOwner,
    config: () => ({ ...DEFAULT_CONFIG, SupportURL: 'https://help.example.com/mac' }),
    appInfo: () => appInfo,
    openExternal,
    ...(overrides.copy === false ? {} : { copyText }),
  })
  return { handlers, openExternal, copyText }
}

describe('parseRequest', () => {
  it.each([
    [INVOKE.stateGet, undefined, true],
    [INVOKE.stateGet, { sneaky: true }, false],
    [INVOKE.playbookStart, { playbookId: 'password-reset' }, true],
    [INVOKE.playbookStart, { playbookId: '' }, false],
    [INVOKE.playbookStart, { playbookId: 'x', extra: 1 }, false],
    [INVOKE.playbookAnswer, { sessionId: 's', questionId: 'q', answerId: 'a' }, true],
    [INVOKE.playbookAnswer, { sessionId: 's', questionId: 'q' }, false],
    [INVOKE.externalOpen, { intent: 'support' }, true],
    [INVOKE.externalOpen, { intent: 'support', url: 'https://evil.test' }, false],
    [INVOKE.externalOpen, { intent: 'settingsPane' }, false],
    [INVOKE.externalOpen, { intent: 'anything' }, false],
    [INVOKE.clipboardCopy, { text: 'hello' }, true],
    [INVOKE.clipboardCopy, { text: 42 }, false],
    [INVOKE.helpdeskDecodeSupportCode, { code: 'ABCD-1234' }, true],
    [INVOKE.helpdeskDecodeSupportCode, { code: 'x'.repeat(201) }, false],
  ] as const)('%s %o → valid %s', (channel, argument, valid) => {
    expect(parseRequest(channel, argument).ok).toBe(valid)
  })

  it('names the channel and the field in the message', () => {
    const result = parseRequest(INVOKE.playbookAdvance, { sessionId: 7 })
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
    expect(await dispatch(handlers, INVOKE.clipboardCopy, { text: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    })
  })

  it('turns a thrown error into a typed failure', async () => {
    const { handlers, openExternal } = setup()
    openExternal.mockRejectedValueOnce(new Error('no handler for companyportal:'))
    expect(await dispatch(handlers, INVOKE.externalOpen, { intent: 'companyPortal' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'no handler for companyportal:' },
    })
  })

  it('re-checks on request and answers with the new snapshot', async () => {
    const { handlers } = setup()
    const result = await dispatch(handlers, INVOKE.stateRecheck, undefined)
    expect(result).toMatchObject({
      ok: true,
      data: {
        checking: false,
        checkedAt: '2026-05-02T08:00:00.000Z',
        state: { verdict: { status: 'healthy' } },
      },
    })
  })

  it('opens only allow-listed URLs, resolved from the intent', async () => {
    const { handlers, openExternal } = setup()
    expect(await dispatch(handlers, INVOKE.externalOpen, { intent: 'support' })).toEqual({
      ok: true,
      data: { opened: 'https://help.example.com/mac' },
    })
    const pane = 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension'
    expect(
      await dispatch(handlers, INVOKE.externalOpen, { intent: 'settingsPane', url: pane }),
    ).toMatchObject({
      ok: true,
    })
    expect(
      await dispatch(handlers, INVOKE.externalOpen, {
        intent: 'settingsPane',
        url: 'https://help.example.com/',
      }),
    ).toMatchObject({ ok: false, error: { code: 'notAllowed' } })
    expect(openExternal.mock.calls).toEqual([['https://help.example.com/mac'], [pane]])
  })

  it('copies text where the shell owns the clipboard, and says so where it does not', async () => {
    const withClipboard = setup()
    expect(await dispatch(withClipboard.handlers, INVOKE.clipboardCopy, { text: 'abc' })).toEqual({
      ok: true,
      data: { copied: 3 },
    })
    expect(withClipboard.copyText).toHaveBeenCalledWith('abc')
    const preview = setup({ copy: false })
    expect(await dispatch(preview.handlers, INVOKE.clipboardCopy, { text: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'notAvailable' },
    })
  })

  it('answers features of later issues with notAvailable, not a crash', async () => {
    const { handlers } = setup()
    for (const [channel, argument] of [
      [INVOKE.playbookStart, { playbookId: 'password-reset' }],
      [INVOKE.helpdeskReport, { format: 'text' }],
      [INVOKE.helpdeskSaveBundle, undefined],
      [INVOKE.helpdeskDecodeSupportCode, { code: 'A1' }],
    ] as const) {
      expect(await dispatch(handlers, channel, argument)).toMatchObject({
        ok: false,
        error: { code: 'notAvailable' },
      })
    }
    expect(await dispatch(handlers, INVOKE.playbookCurrent, undefined)).toEqual({ ok: true, data: null })
  })

  it('answers app info and config', async () => {
    const { handlers } = setup()
    expect(await dispatch(handlers, INVOKE.appInfo, undefined)).toEqual({ ok: true, data: appInfo })
    expect(await dispatch(handlers, INVOKE.configGet, undefined)).toMatchObject({
      ok: true,
      data: { SupportURL: 'https://help.example.com/mac' },
    })
  })
})
