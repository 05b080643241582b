// Guided repair: one step at a time from main's session, focus on each new step, the action and
// question branches sent back to main, "checking your Mac…", and the two endings. The steps and
// texts are the product's: register-user (what user-not-registered leads to) and password-reset.
import { act, cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { macStateFrom } from '../../helpers/macStates'
import { sessionAt } from '../../helpers/sessions'
import { renderApp } from './renderApp'

afterEach(cleanup)

const broken = () => macStateFrom('real:derived-user-not-registered.txt')

describe('guided repair', () => {
  it('resumes the session main is running when the window opens', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('register-or-repair') })
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Click "Register". If you see "Repair" instead, click "Repair".',
      }),
    ).toHaveFocus()
    expect(screen.getByText('Step 3 of 6')).toBeInTheDocument()
    expect(fake.api.currentPlaybook).toHaveBeenCalledOnce()
  })

  it('shows one step at a time and moves the focus to each new step’s heading', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    expect(
      await screen.findByRole('heading', { name: 'Open System Settings, then click "Users & Groups".' }),
    ).toHaveFocus()
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument()
    expect(screen.getByText('This Mac is registered, but your account on it is not yet.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    expect(fake.api.advancePlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    act(() =>
      fake.pushSession(
        sessionAt('network-account-server', 'step', {
          shown: ['open-users-and-groups', 'network-account-server'],
        }),
      ),
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Next to "Network Account Server", click "Edit".' }),
    ).toHaveFocus()
    expect(screen.queryByText('Open System Settings, then click "Users & Groups".')).not.toBeInTheDocument()
    expect(
      screen.queryByText('This Mac is registered, but your account on it is not yet.'),
    ).not.toBeInTheDocument()
  })

  it('sends the answer to a question and offers no Continue button there', async () => {
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('asked-for-new-password', 'step', { playbookId: 'password-reset' }),
    })
    await screen.findByText('Step 6 of 14')
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }))
    expect(fake.api.answerPlaybook).toHaveBeenCalledWith({
      sessionId: 's1',
      questionId: 'asked-for-new-password',
      answerId: 'yes',
    })
  })

  it('opens the step’s System Settings pane through main', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    await userEvent.click(await screen.findByRole('button', { name: 'Open Users & Groups' }))
    expect(fake.api.openExternal).toHaveBeenCalledWith({
      intent: 'settingsPane',
      url: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    })
  })

  it('says so when main refuses to open it', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    fake.api.openExternal = async () => ({
      ok: false,
      error: { code: 'notAllowed', message: 'not on the allow-list' },
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Open Users & Groups' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not open: not on the allow-list')
  })

  it('shows "checking your Mac…" live while main verifies', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('confirm-registered') })
    await screen.findByText('Step 6 of 6')
    act(() => fake.pushSession(sessionAt('confirm-registered', 'verifying')))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Checking your Mac… PSSO Helper checks again every few seconds.',
    )
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Wait while PSSO Helper checks your Mac. This can take a few minutes.',
      }),
    ).toHaveFocus()
  })

  it('declares success only when main does, and Done ends the session', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt(null, 'fixed') })
    await screen.findByRole('heading', { name: 'Fixed. Your Mac confirms that sign-in works again.' })
    expect(screen.getByRole('status')).toHaveTextContent('Fixed.')
    await userEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(fake.api.cancelPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    expect(await screen.findByRole('status')).toHaveTextContent('needs to be repaired')
  })

  it('after success, says what to expect from now on', async () => {
    renderApp({
      state: broken(),
      session: sessionAt('use-new-password', 'fixed', { playbookId: 'password-reset' }),
    })
    await screen.findByRole('heading', { name: 'Fixed. Your Mac confirms that sign-in works again.' })
    expect(
      screen.getByText('From now on, use your new password to unlock and sign in to this Mac.'),
    ).toBeInTheDocument()
  })

  it('counts only the steps for this Mac’s macOS version', async () => {
    // macOS 13 registers in Company Portal (open it, Deregister, register: three steps) instead of
    // System Settings (three).
    renderApp({ state: broken(), session: sessionAt('confirm-registered', 'step', { macOSMajor: 13 }) })
    expect(await screen.findByText('Step 6 of 6')).toBeInTheDocument()
  })

  it('when the Mac never confirms, lists what is missing, the helpdesk, and hands off on request', async () => {
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('confirm-registered', 'notFixed', {
        missing: ['userRegistered', 'tokensReceivedSinceStart'],
        shown: ['open-users-and-groups', 'register-or-repair', 'confirm-registered'],
      }),
      config: { OrganizationName: 'Contoso IT', SupportPhone: '+81 3 1234 5678' },
    })
    expect(
      await screen.findByRole('heading', { name: 'Still not fixed. Here is what is missing:' }),
    ).toHaveFocus()
    expect(screen.getByText('Your account registered on this Mac')).toBeInTheDocument()
    expect(screen.getByText('A new Microsoft sign-in since you started')).toBeInTheDocument()
    expect(screen.getByText(/\+81 3 1234 5678/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Contact your helpdesk' }))
    expect(fake.api.handOffPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    await userEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(fake.api.backPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
  })

  it('offers "Check now" while verifying', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('confirm-registered', 'verifying') })
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }))
    expect(fake.api.checkPlaybookNow).toHaveBeenCalledWith({ sessionId: 's1' })
  })

  it('shows the steps in Japanese with Apple’s names', async () => {
    renderApp({ state: broken(), session: sessionAt('open-users-and-groups'), preferredLanguages: ['ja-JP'] })
    expect(await screen.findByText('ステップ 1/6')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '「ユーザとグループ」を開く' })).toBeInTheDocument()
  })

  it('is usable with the keyboard alone', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('network-account-server') })
    await screen.findByText('Step 2 of 6')
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(fake.api.advancePlaybook).toHaveBeenCalledOnce()
  })
})
