// The user's answers (state:answer): main keeps them for the session, diagnoses the latest read
// again without probing, and diagnoses every later read with them.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { StateSnapshot } from '../../../main/common/ipc/contract'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { DiagnosisContext } from '../../../main/common/diagnosis/rules'
import type { MacState } from '../../../main/common/model/macState'
import { openQuestions } from '../../../main/common/diagnosis/questions'
import { testAppCore } from '../../helpers/appCores'
import { dispatch } from '../../../main/node/app/handlers'
import { createScenarioMac, fixtureDirsFor, SCENARIOS } from '../../../main/node/preview/scenarios'
import { readMacState } from '../../../main/node/probe/readMacState'
import { REPO } from '../../helpers/fakeSysroot'
import { macStateFrom } from '../../helpers/macStates'

/** The password-reset demo Mac (needs registration after the reset), read for real; every read counted. */
function setup() {
  const mac = createScenarioMac({ ...SCENARIOS['password-reset'], probeDelayMs: 0 }, fixtureDirsFor(REPO))
  const contexts: DiagnosisContext[] = []
  let holdNextRead = false
  let release: (() => void) | null = null
  const core = testAppCore({
    read: async (diagnosis) => {
      contexts.push(diagnosis)
      if (holdNextRead) await new Promise<void>((resolve) => (release = resolve))
      return readMacState({ system: mac.system, now: Date.now, diagnosis })
    },
    config: () => ({ ...DEFAULT_CONFIG, TokenExpiryWarningHours: 6 }),
  })
  const answer = (argument: unknown) => dispatch(core.handlers, 'state:answer', argument)
  return {
    core,
    mac,
    contexts,
    answer,
    holdNextRead: () => (holdNextRead = true),
    releaseRead: () => {
      holdNextRead = false
      release?.()
    },
  }
}

const findingIds = (snapshot: StateSnapshot) => snapshot.state?.verdict.findings.map((f) => f.id) ?? []

describe('state:answer', () => {
  it('diagnoses the latest read again without probing, and pushes it', async () => {
    const { core, contexts, answer } = setup()
    await core.stateOwner.recheck('start')
    expect(findingIds(core.stateOwner.snapshot())[0]).toBe('user-needs-registration')
    const pushed: StateSnapshot[] = []
    core.subscribe((channel, payload) => {
      if (channel === 'state:changed') pushed.push(payload as StateSnapshot)
    })

    const result = await answer({ reportedEntraPasswordReset: true })
    expect(result.ok).toBe(true)
    const snapshot = (result as { data: StateSnapshot }).data
    expect(findingIds(snapshot)[0]).toBe('password-changed-in-entra')
    expect(snapshot.state?.verdict.status).toBe('broken')
    expect(snapshot.answers).toEqual({ reportedEntraPasswordReset: true })
    expect(contexts).toHaveLength(1) // no new probe
    expect(pushed.map((s) => s.revision)).toEqual([snapshot.revision])
  })

  it('diagnoses every later read with the answers and the configuration', async () => {
    const { core, contexts, answer } = setup()
    await core.stateOwner.recheck('start')
    await answer({ reportedEntraPasswordReset: true })
    await answer({ expectsMacPasswordToFollowEntra: false })
    await core.stateOwner.recheck('focus')
    await core.stateOwner.recheck('schedule')
    expect(contexts.at(-1)).toEqual({
      tokenExpiryWarningHours: 6,
      reportedEntraPasswordReset: true,
      expectsMacPasswordToFollowEntra: false,
    })
    expect(findingIds(core.stateOwner.snapshot())[0]).toBe('password-changed-in-entra')
  })

  it('the playbook’s verification probes read with the answers too', async () => {
    const { core, contexts, answer } = setup()
    await core.stateOwner.recheck('start')
    await answer({ reportedEntraPasswordReset: true })
    await dispatch(core.handlers, 'playbook:start', { playbookId: 'password-reset' })
    await vi.waitFor(() => expect(contexts.length).toBeGreaterThan(1))
    expect(contexts.at(-1)?.reportedEntraPasswordReset).toBe(true)
    core.dispose()
  })

  it('an answer given while the Mac is being read applies to that read', async () => {
    const { core, answer, holdNextRead, releaseRead } = setup()
    await core.stateOwner.recheck('start')
    holdNextRead()
    const reading = core.stateOwner.recheck('request')
    await answer({ reportedEntraPasswordReset: true })
    releaseRead()
    expect(findingIds(await reading)[0]).toBe('password-changed-in-entra')
  })

  it('keeps the answers before the first read and uses them for it', async () => {
    const { core, contexts, answer } = setup()
    const result = await answer({ reportedEntraPasswordReset: true })
    expect(result).toMatchObject({ ok: true, data: { state: null } })
    await core.stateOwner.recheck('start')
    expect(contexts[0]?.reportedEntraPasswordReset).toBe(true)
    expect(findingIds(core.stateOwner.snapshot())[0]).toBe('password-changed-in-entra')
  })

  it.each([
    [{ reportedEntraPasswordReset: 'yes' }],
    [{ reportedEntraPasswordReset: true, sneaky: 1 }],
    [undefined],
    ['true'],
  ])('refuses %j with a typed invalidArgument error and changes nothing', async (argument) => {
    const { core, answer } = setup()
    await core.stateOwner.recheck('start')
    const before = core.stateOwner.snapshot()
    const result = await answer(argument)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } })
    expect((result as { error: { message: string } }).error.message).toMatch(/^state:answer: /)
    expect(core.stateOwner.snapshot()).toBe(before)
  })
})

describe('openQuestions', () => {
  it('asks about a reset only when the Password method shows its signs', () => {
    const needsRegistration = macStateFrom('synthetic:app-sso/synthetic-password-needs-registration.txt')
    expect(openQuestions(needsRegistration, {})).toEqual(['reportedEntraPasswordReset'])
    expect(openQuestions(needsRegistration, { reportedEntraPasswordReset: false })).toEqual([])
    expect(
      openQuestions(macStateFrom('synthetic:app-sso/synthetic-password-tokens-expired.txt'), {}),
    ).toEqual(['reportedEntraPasswordReset'])
    expect(openQuestions(macStateFrom('real:sequoia-password-registered.txt'), {})).toEqual([])
    expect(openQuestions(macStateFrom('real:not-configured.txt'), {})).toEqual([])
  })

  it('offers the Secure Enclave explanation until the user has asked for it', () => {
    const secureEnclave = macStateFrom('real:sequoia-secure-enclave-registered.txt')
    expect(openQuestions(secureEnclave, {})).toEqual(['expectsMacPasswordToFollowEntra'])
    expect(openQuestions(secureEnclave, { expectsMacPasswordToFollowEntra: true })).toEqual([])
  })
})

describe('answers in a saved bundle', () => {
  it('a bundle saved after the user answered opens with the same diagnosis on the helpdesk’s Mac', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-answers-'))
    try {
      const file = path.join(dir, 'bundle.zip')
      const mac = createScenarioMac({ ...SCENARIOS['password-reset'], probeDelayMs: 0 }, fixtureDirsFor(REPO))
      const core = testAppCore({
        read: (diagnosis) => readMacState({ system: mac.system, now: Date.now, diagnosis }),
        files: {
          chooseSaveFile: async () => file,
          chooseOpenFile: async () => file,
          system: mac.system,
          homeDir: dir,
        },
      })
      await core.stateOwner.recheck('start')
      await dispatch(core.handlers, 'state:answer', { reportedEntraPasswordReset: true })
      expect(await dispatch(core.handlers, 'helpdesk:saveBundle', undefined)).toMatchObject({ ok: true })
      const opened = await dispatch(core.handlers, 'helpdesk:openBundle', undefined)
      expect(opened.ok).toBe(true)
      const { state } = (opened as { data: { state: MacState } }).data
      expect(state.verdict.findings[0]?.id).toBe('password-changed-in-entra')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
