// The screens with issue 3's real findings catalogue and playbooks (not the test fake).
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { sessionAt } from '../../helpers/sessions'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const userNotRegistered = () => macStateFrom('real:derived-user-not-registered.txt')

describe('with the real catalogue', () => {
  it('explains the first finding in the user’s words and starts its own playbook', async () => {
    const { fake } = renderApp({ state: userNotRegistered() })
    expect(
      await screen.findByText('This Mac is registered, but your account on it is not.'),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Fix it' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'register-user',
      findingId: 'user-not-registered',
    })
  })

  it('offers the password-reset repair to a user who knows their password was reset', async () => {
    const { fake } = renderApp({ state: macStateFrom('real:sequoia-password-registered.txt') })
    await userEvent.click(
      await screen.findByRole('button', { name: 'My Microsoft password was changed or reset' }),
    )
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({ playbookId: 'password-reset', findingId: null })
  })

  it('explains instead on a Secure Enclave Mac, where the Mac password never follows', async () => {
    const fixture = 'real:sequoia-secure-enclave-registered.txt'
    const { fake } = renderApp({
      state: macStateFrom(fixture),
      rediagnose: (answers) => macStateFrom(fixture, answers),
    })
    await userEvent.click(
      await screen.findByRole('button', { name: 'My new Microsoft password doesn’t open this Mac' }),
    )
    expect(fake.api.answerQuestion).toHaveBeenCalledWith({ expectsMacPasswordToFollowEntra: true })
    await userEvent.click(await screen.findByRole('button', { name: 'Fix it' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'secure-enclave-password',
      findingId: 'secure-enclave-password-expectation',
    })
    expect(screen.queryByRole('button', { name: /changed or reset/ })).not.toBeInTheDocument()
  })

  it('walks the password-reset playbook in Japanese with Apple’s names', async () => {
    renderApp({
      state: userNotRegistered(),
      session: sessionAt('open-users-and-groups', 'step', { playbookId: 'password-reset' }),
      preferredLanguages: ['ja-JP'],
    })
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '「システム設定」›「ユーザとグループ」で登録します。',
      }),
    ).toHaveFocus()
    expect(screen.getByRole('button', { name: '「ユーザとグループ」を開く' })).toBeInTheDocument()
  })

  it('asks whether IT gave a temporary password, with the playbook’s answers', async () => {
    const { fake } = renderApp({
      state: userNotRegistered(),
      session: sessionAt('temporary-password', 'step', { playbookId: 'password-reset' }),
    })
    expect(
      await screen.findByRole('group', { name: 'Did IT give you a temporary password?' }),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'No, I chose my new password' }))
    expect(fake.api.answerPlaybook).toHaveBeenCalledWith({
      sessionId: 's1',
      questionId: 'temporary-password',
      answerId: 'no',
    })
  })

  it('names the missing evidence in plain words', async () => {
    renderApp({
      state: userNotRegistered(),
      session: sessionAt('sign-in-microsoft', 'notFixed', {
        missing: ['tokensReceivedSinceStart'],
      }),
    })
    expect(
      await screen.findByText('Your Mac has not received a new Microsoft sign-in since you started.'),
    ).toBeInTheDocument()
  })
})
