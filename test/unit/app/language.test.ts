// The language channels of the app core: language:get answers what main decided, language:set
// takes a known setting only, and a change is pushed as language:changed to every window.
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../main/node/app/handlers'
import { testAppCore } from '../../helpers/appCores'
import { TEST_APP_INFO } from '../../helpers/appInfo'
import { macStateFrom } from '../../helpers/macStates'

const appInfo = { ...TEST_APP_INFO, preferredLanguages: ['fr-FR', 'ja-JP'] }

function setup() {
  const state = macStateFrom('real:sequoia-password-registered.txt')
  return testAppCore({ read: async () => ({ state, raw: {} as never }), appInfo: () => appInfo })
}

describe('language channels', () => {
  it('answers the language main decided from the whole system list', async () => {
    expect(await dispatch(setup().handlers, 'language:get', undefined)).toEqual({
      ok: true,
      data: { language: 'ja', setting: 'system', system: 'ja', configured: false },
    })
  })

  it('takes the window’s choice and pushes it', async () => {
    const core = setup()
    const send = vi.fn()
    core.subscribe(send)
    const result = await dispatch(core.handlers, 'language:set', { setting: 'en' })
    expect(result).toMatchObject({ ok: true, data: { language: 'en', setting: 'en' } })
    expect(send).toHaveBeenCalledWith('language:changed', expect.objectContaining({ language: 'en' }))
  })

  it.each([{ setting: 'fr' }, { setting: '' }, { language: 'ja' }, 'ja', undefined])(
    'refuses %j without changing anything',
    async (argument) => {
      const core = setup()
      const result = await dispatch(core.handlers, 'language:set', argument)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument' } })
      expect(core.language.current().language).toBe('ja')
    },
  )
})
