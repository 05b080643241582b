// The status screen over real state models (fixtures through the real parser and diagnosis).
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '@testing-library/react'
import { decodeSupportCode, encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const healthy = () => macStateFrom('real:sequoia-password-registered.txt')
const userNotRegistered = () => macStateFrom('real:derived-user-not-registered.txt')

describe('status screen', () => {
  it('announces a healthy verdict with its icon and offers no repair', async () => {
    renderApp({ state: healthy() })
    const verdict = await screen.findByRole('status')
    expect(verdict).toHaveTextContent('Your Mac’s sign-in to your organisation is working.')
    expect(within(verdict).getByRole('img', { name: 'Working' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Fix it' })).not.toBeInTheDocument()
  })

  it('explains a broken Mac with the finding’s own sentence and starts the right playbook', async () => {
    const { fake } = renderApp({ state: userNotRegistered() })
    expect(await screen.findByRole('status')).toHaveTextContent('needs to be repaired')
    expect(screen.getByRole('img', { name: 'Needs repair' })).toBeInTheDocument()
    expect(screen.getByText('This Mac is registered, but your account on it is not.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Fix it' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'register-user',
      findingId: 'user-not-registered',
    })
  })

  it('shows the support code to read aloud when something is wrong, and copies it', async () => {
    const state = userNotRegistered()
    const { fake } = renderApp({ state })
    const code = encodeSupportCode(state)
    expect(await screen.findByText(code)).toBeInTheDocument()
    expect(decodeSupportCode(code)).toMatchObject({ ok: true })
    await userEvent.click(screen.getByRole('button', { name: 'Copy Support code' }))
    expect(fake.api.copyText).toHaveBeenCalledWith({ text: code })
  })

  it('says so when main cannot start the repair', async () => {
    const { fake } = renderApp({ state: userNotRegistered() })
    fake.api.startPlaybook = async () => ({
      ok: false,
      error: { code: 'notAvailable', message: 'Guided repair is not ready' },
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Fix it' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong: Guided repair is not ready',
    )
  })

  it('folds the facts below: method, registration, token times relative and exact, versions', async () => {
    renderApp({ state: healthy() })
    const details = (await screen.findByText('Details')).closest('details')!
    const facts = within(details)
    expect(facts.getByText('Sign-in method').nextSibling).toHaveTextContent('Password')
    expect(facts.getByText('This Mac').nextSibling).toHaveTextContent('Registered')
    // Received 09:17:44, captured 09:41:29: relative to the capture, with the exact date after it.
    expect(facts.getByText('Last signed in to your organisation').nextSibling).toHaveTextContent(
      /^23 minutes ago \(Apr 25, 2026/,
    )
    expect(facts.getByText('macOS').nextSibling).toHaveTextContent('15.6 (24G84)')
    expect(facts.getByText('Company Portal').nextSibling).toHaveTextContent('5.2504.0')
  })

  it('says "unknown" honestly when the state could not be read', async () => {
    renderApp({ state: macStateFrom('synthetic:app-sso/synthetic-garbage.txt') })
    expect(await screen.findByRole('status')).toHaveTextContent('could not read your Mac’s sign-in state')
    expect(screen.getByRole('img', { name: 'Unknown' })).toBeInTheDocument()
  })

  it('follows pushed state changes from main', async () => {
    const { fake } = renderApp({ state: userNotRegistered() })
    expect(await screen.findByRole('status')).toHaveTextContent('needs to be repaired')
    act(() => fake.pushState(healthy()))
    expect(screen.getByRole('status')).toHaveTextContent('is working')
  })

  it('asks main to check again and shows that it is checking', async () => {
    const { fake } = renderApp({ state: healthy() })
    await userEvent.click(await screen.findByRole('button', { name: 'Check again' }))
    expect(fake.api.requestRecheck).toHaveBeenCalledOnce()
    act(() => fake.pushState(healthy(), { checking: true }))
    expect(screen.getByRole('button', { name: 'Checking…' })).toBeDisabled()
  })

  it('speaks Japanese when the system does, with Japanese relative times', async () => {
    renderApp({ state: healthy(), preferredLanguages: ['ja-JP', 'en-US'] })
    expect(await screen.findByRole('status')).toHaveTextContent(
      'このMacの組織アカウントへのサインインは正常です。',
    )
    expect(document.documentElement.lang).toBe('ja')
    await userEvent.click(screen.getByText('詳細'))
    expect(screen.getByText('サインイン方式').nextSibling).toHaveTextContent('パスワード')
    expect(screen.getByText('組織への最後のサインイン').nextSibling).toHaveTextContent(/^23 分前/)
  })
})
