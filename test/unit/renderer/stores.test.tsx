// The stores without React: event-named actions over a fake HelperApi, and a missing API.
import { beforeEach, describe, expect, it } from 'vitest'
import { injectHelperApi } from '../../../renderer/bridge'
import { selectActiveSession, useRepairStore } from '../../../renderer/stores/repair'
import {
  selectCheckedAt,
  selectMacState,
  selectProbeError,
  useStatusStore,
} from '../../../renderer/stores/status'
import { selectHelpdeskAllowed, selectLang, useUiStore } from '../../../renderer/stores/ui'
import { createFakeHelper } from '../../helpers/fakeHelperApi'
import { sessionAt } from '../../helpers/sessions'
import { macStateFrom } from '../../helpers/macStates'
import { resetRenderer } from './renderApp'

beforeEach(() => resetRenderer(null))

describe('status store', () => {
  it('mirrors main’s snapshot on request and on push', async () => {
    const fake = createFakeHelper({ state: macStateFrom('real:not-configured.txt') })
    injectHelperApi(fake.api)
    await useStatusStore.getState().statusRequested()
    expect(selectMacState(useStatusStore.getState())?.verdict.status).toBe('notConfigured')
    expect(selectCheckedAt(useStatusStore.getState())).toBe('2026-11-21T09:59:00Z')
    useStatusStore.getState().statusRefreshed({
      revision: 2,
      state: null,
      checking: false,
      checkedAt: '2026-11-21T10:01:00Z',
      error: { code: 'failed', message: 'app-sso timed out' },
      answers: {},
    })
    expect(selectProbeError(useStatusStore.getState())?.message).toBe('app-sso timed out')
  })

  it('keeps a newer push when an older reply arrives after it', async () => {
    const fake = createFakeHelper({ state: null })
    let reply!: () => void
    fake.api.getState = () => {
      const stale = { ...fake.snapshot }
      return new Promise((resolve) => (reply = () => resolve({ ok: true, data: stale })))
    }
    injectHelperApi(fake.api)
    const request = useStatusStore.getState().statusRequested()
    fake.pushState(macStateFrom('real:not-configured.txt'))
    useStatusStore.getState().statusRefreshed(fake.snapshot)
    reply()
    await request
    expect(selectMacState(useStatusStore.getState())?.verdict.status).toBe('notConfigured')
  })

  it('answers with a typed error, not a throw, when the preload API is missing', async () => {
    await useStatusStore.getState().statusRequested()
    expect(useStatusStore.getState().error).toEqual({
      code: 'notAvailable',
      message: 'window.helper is missing',
    })
  })

  it('turns a rejected call into a typed error', async () => {
    const fake = createFakeHelper()
    fake.api.requestRecheck = () => Promise.reject(new Error('IPC channel closed'))
    injectHelperApi(fake.api)
    await useStatusStore.getState().recheckRequested()
    expect(useStatusStore.getState().error).toEqual({ code: 'failed', message: 'IPC channel closed' })
  })
})

describe('repair store', () => {
  it('starts, answers, advances and ends the session main runs', async () => {
    const fake = createFakeHelper()
    injectHelperApi(fake.api)
    const repair = useRepairStore.getState()
    await repair.repairStarted('password-reset', 'user-not-registered')
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'password-reset',
      findingId: 'user-not-registered',
    })
    expect(selectActiveSession(useRepairStore.getState())?.playbookId).toBe('password-reset')
    await useRepairStore.getState().answerChosen('temporary', 'no')
    expect(fake.api.answerPlaybook).toHaveBeenCalledWith({
      sessionId: 's1',
      questionId: 'temporary',
      answerId: 'no',
    })
    await useRepairStore.getState().stepCompleted()
    expect(fake.api.advancePlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    await useRepairStore.getState().repairEnded()
    expect(fake.api.cancelPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    expect(selectActiveSession(useRepairStore.getState())).toBeNull()
  })

  it('keeps the step and shows the error when main refuses', async () => {
    const fake = createFakeHelper({ session: sessionAt('open-users-and-groups') })
    fake.api.advancePlaybook = async () => ({
      ok: false,
      error: { code: 'noSession', message: 'session ended' },
    })
    injectHelperApi(fake.api)
    await useRepairStore.getState().sessionRequested()
    await useRepairStore.getState().stepCompleted()
    expect(useRepairStore.getState().error?.code).toBe('noSession')
    expect(useRepairStore.getState().session?.sessionId).toBe('s1')
    expect(useRepairStore.getState().busy).toBe(false)
  })

  it('does not show a cancelled session', () => {
    useRepairStore.getState().sessionChanged(sessionAt('open-users-and-groups', 'cancelled'))
    expect(selectActiveSession(useRepairStore.getState())).toBeNull()
  })
})

describe('ui store', () => {
  it('reads the app info and configuration from main', async () => {
    injectHelperApi(
      createFakeHelper({ config: { ShowHelpdeskView: false }, preferredLanguages: ['ja-JP'] }).api,
    )
    await useUiStore.getState().appStarted()
    expect(selectHelpdeskAllowed(useUiStore.getState())).toBe(false)
    expect(selectLang(useUiStore.getState())).toBe('ja')
    await useUiStore.getState().languageChosen('en')
    expect(selectLang(useUiStore.getState())).toBe('en')
  })
})
