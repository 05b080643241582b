// The status screen's one question: what only the user can tell (a password reset in Entra, what
// they expect from the Secure Enclave method). Real states and the real catalogue; the fake main
// re-diagnoses with the real rules, as main does.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const NEEDS_REGISTRATION = 'synthetic:app-sso/synthetic-password-needs-registration.txt'
const SECURE_ENCLAVE = 'real:sequoia-secure-enclave-registered.txt'
const QUESTION = 'Did your Microsoft password change recently, or did IT reset it?'
const PASSWORD_CHANGED = 'Your Microsoft password was changed, but this Mac still has the old one.'

const renderWith = (fixture: string, preferredLanguages = ['en-US']) =>
  renderApp({
    state: macStateFrom(fixture),
    rediagnose: (answers) => macStateFrom(fixture, answers),
    preferredLanguages,
  })

describe('status question', () => {
  it('asks about a password reset when the Password method shows the signs; the question is the primary action and Yes starts the password guide', async () => {
    const { fake } = renderWith(NEEDS_REGISTRATION)
    const question = await screen.findByRole('group', { name: QUESTION })
    expect(screen.queryByText(PASSWORD_CHANGED)).not.toBeInTheDocument()
    // No "Fix it" above an unanswered question that decides which guide applies.
    expect(screen.queryByRole('button', { name: 'Fix it' })).not.toBeInTheDocument()
    const yes = within(question).getByRole('button', { name: 'Yes' })
    expect(yes).toHaveAttribute('data-default-action')

    await userEvent.click(yes)
    expect(fake.api.answerQuestion).toHaveBeenCalledWith({ reportedEntraPasswordReset: true })
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'password-reset',
      findingId: 'password-changed-in-entra',
    })
  })

  it('does not ask on the status screen when the guide asks it in its first stage (expired tokens)', async () => {
    renderWith('synthetic:app-sso/synthetic-password-tokens-expired.txt')
    const fix = await screen.findByRole('button', { name: 'Fix it' })
    expect(fix).toHaveAttribute('data-default-action')
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    // The Password method: "changed or reset" is always offered.
    expect(screen.getByRole('button', { name: 'My Microsoft password was changed or reset' })).toBeVisible()
  })

  it('keeps the registration repair after No, and does not ask again', async () => {
    const { fake } = renderWith(NEEDS_REGISTRATION)
    const question = await screen.findByRole('group', { name: QUESTION })
    await userEvent.click(within(question).getByRole('button', { name: 'No' }))
    expect(fake.api.answerQuestion).toHaveBeenCalledWith({ reportedEntraPasswordReset: false })
    // Answered: not asked again, and the user can still go straight to the password-reset repair.
    expect(
      await screen.findByRole('button', { name: 'My Microsoft password was changed or reset' }),
    ).toBeVisible()
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Fix it' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'registration-required',
      findingId: 'user-needs-registration',
    })
  })

  it('asks nothing when sign-in works with the Password method, and still offers "changed or reset"', async () => {
    const { fake } = renderWith('real:sequoia-password-registered.txt')
    expect(await screen.findByRole('status')).toHaveTextContent('is working')
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument()
    // A reset reaches the Mac only at its next token refresh, up to 4 hours later.
    await userEvent.click(screen.getByRole('button', { name: 'My Microsoft password was changed or reset' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({ playbookId: 'password-reset', findingId: null })
    expect(screen.queryByRole('button', { name: /doesn’t open this Mac/ })).not.toBeInTheDocument()
  })

  it('offers the Secure Enclave explanation through a link, in Japanese too', async () => {
    const { fake } = renderWith(SECURE_ENCLAVE, ['ja-JP'])
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    await userEvent.click(
      await screen.findByRole('button', {
        name: '新しいMicrosoftのパスワードでこのMacのロックを解除できない',
      }),
    )
    expect(fake.api.answerQuestion).toHaveBeenCalledWith({ expectsMacPasswordToFollowEntra: true })
    expect(
      await screen.findByText(
        'この Mac では、Mac のパスワードは Microsoft のパスワードとは別のままです。これは想定どおりです。',
      ),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '修復する' }))
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'secure-enclave-password',
      findingId: 'secure-enclave-password-expectation',
    })
  })

  it('says so when main did not take the answer, and keeps asking', async () => {
    const { fake } = renderWith(NEEDS_REGISTRATION)
    fake.api.answerQuestion = async () => ({
      ok: false,
      error: { code: 'failed', message: 'main is busy' },
    })
    const question = await screen.findByRole('group', { name: QUESTION })
    await userEvent.click(within(question).getByRole('button', { name: 'Yes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your answer did not reach PSSO Helper: main is busy',
    )
    expect(screen.getByRole('group', { name: QUESTION })).toBeInTheDocument()
  })
})
