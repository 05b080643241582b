// The one-time question before reading Company Portal's sign-in log: asked in the user's language,
// answered once, remembered by main (the real consent owner behind the fake API), absent without a log.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  createSignInLogConsent,
  fileSignInLogConsentStore,
  SIGN_IN_LOG_CONSENT_FILE,
} from '../../../main/node/consent/signInLogConsent'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const HEALTHY = 'real:sequoia-password-registered.txt'
const QUESTION = 'May PSSO Helper read Company Portal’s sign-in log?'

describe('sign-in log consent', () => {
  it('asks once, says why, and Allow is kept by main', async () => {
    const { fake } = renderApp({ state: macStateFrom(HEALTHY), signInLogChoice: null })
    const prompt = await screen.findByRole('group', { name: QUESTION })
    expect(within(prompt).getByText(/shows why your Mac’s Microsoft sign-in last failed/)).toBeVisible()
    await userEvent.click(within(prompt).getByRole('button', { name: 'Allow' }))
    expect(fake.api.setSignInLogConsent).toHaveBeenCalledWith({ choice: 'granted' })
    expect(fake.savedSignInLogChoice).toBe('granted')
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
  })

  it('Not now is an answer too: kept, and the app works on', async () => {
    const { fake } = renderApp({ state: macStateFrom(HEALTHY), signInLogChoice: null })
    const prompt = await screen.findByRole('group', { name: QUESTION })
    await userEvent.click(within(prompt).getByRole('button', { name: 'Not now' }))
    expect(fake.savedSignInLogChoice).toBe('declined')
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled()
  })

  it.each(['granted', 'declined', 'unavailable'] as const)(
    'does not ask when the choice is %s',
    async (choice) => {
      const { fake } = renderApp({ state: macStateFrom(HEALTHY), signInLogChoice: choice })
      await screen.findByRole('button', { name: 'Check again' })
      // Effects run after the first paint: wait until the component has asked main.
      await waitFor(() => expect(fake.api.getSignInLogConsent).toHaveBeenCalled())
      expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    },
  )

  it('asks in Japanese on a Japanese Mac', async () => {
    renderApp({ state: macStateFrom(HEALTHY), signInLogChoice: null, preferredLanguages: ['ja-JP'] })
    const prompt = await screen.findByRole('group', {
      name: 'PSSO Helper が「ポータル サイト」のサインインログを読み取ってもよいですか？',
    })
    expect(within(prompt).getByRole('button', { name: '許可' })).toBeVisible()
  })
})

describe('the kept choice', () => {
  it('is written atomically to the data folder and read back; anything else reads as unasked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psso-consent-'))
    const store = fileSignInLogConsentStore(dir)
    expect(await store.load()).toBeNull()
    const consent = createSignInLogConsent(await store.load(), store)
    expect(consent.current()).toEqual({ choice: 'unasked' })
    expect(consent.granted()).toBe(false)
    await consent.choose('granted')
    expect(JSON.parse(readFileSync(path.join(dir, SIGN_IN_LOG_CONSENT_FILE), 'utf8'))).toEqual({
      choice: 'granted',
    })
    expect(createSignInLogConsent(await store.load(), store).granted()).toBe(true)
  })
})
