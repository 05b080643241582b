// Guided repair as stages, from main's session over the product's playbooks: the stage's checklist
// and picture of its place (with the catalogue's labels), the stage counter over the user's path
// only, the default button (`data-default-action`) and the repair state (`data-repair-state`), the
// Mac moving on by itself, "waiting for you" instead of failure, the not-fixed and fixed screens.
import { act, cleanup, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { macStateFrom } from '../../helpers/macStates'
import { sessionAt } from '../../helpers/sessions'
import { HELP_AFTER_PROBES } from '../../../main/common/repair/session'
import { renderApp } from './renderApp'

afterEach(cleanup)

const broken = () => macStateFrom('real:derived-user-not-registered.txt')
const repairState = () => document.querySelector('[data-repair-state]')?.getAttribute('data-repair-state')
const defaultButton = () => document.querySelector<HTMLButtonElement>('[data-default-action]')

describe('guided repair', () => {
  it('resumes the session main is running when the window opens, on its stage', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Register in System Settings › Users & Groups.' }),
    ).toHaveFocus()
    // register-user: Users & Groups, the Mac-password sheet, then the Microsoft sign-in.
    expect(screen.getByText('Stage 1 of 3')).toBeInTheDocument()
    expect(fake.api.currentPlaybook).toHaveBeenCalledOnce()
  })

  it('shows the stage as a checklist with a picture of the place and its text alternative', async () => {
    renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    await screen.findByText('Stage 1 of 3')
    const [settingsList, sheetList] = screen.getAllByRole('list')
    const itemsOf = (list: HTMLElement | undefined) =>
      within(list!)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    expect(itemsOf(settingsList)).toEqual([
      'Next to "Network Account Server", click "Edit…".',
      'Click "Register". If you see "Repair" instead, click "Repair".',
    ])
    const [settings, sheet] = screen.getAllByRole('figure')
    expect(settings!.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
    // The drawing's labels are the catalogue's, exactly as macOS shows them.
    const labelsOf = (figure: HTMLElement | undefined) =>
      [...figure!.querySelectorAll('svg text')].map((text) => text.textContent)
    expect(labelsOf(settings)).toEqual(
      expect.arrayContaining(['Network Account Server', 'Edit…', 'Repair', 'Register']),
    )
    expect(settings!.querySelector('figcaption')).toHaveTextContent(
      'System Settings, Users & Groups: click "Edit…" next to "Network Account Server", then "Repair" (or "Register").',
    )
    // Repair opens the sheet at once and the Mac shows nothing in between: its stage shows too,
    // numbered, with its own checklist and picture, saying which password it wants.
    const joined = screen.getByRole('region', { name: 'Enter your Mac password when macOS asks for it.' })
    expect(within(joined).getByText('Stage 2 of 3')).toBeInTheDocument()
    expect(itemsOf(sheetList)).toEqual([
      'Type the password you used to unlock this Mac this morning.',
      'Click "OK".',
    ])
    expect(labelsOf(sheet)).toEqual(expect.arrayContaining(['Single Sign-On', 'Password', 'Cancel', 'OK']))
    expect(sheet!.querySelector('figcaption')).toHaveTextContent(
      'The "Single Sign-On" window over System Settings: type your Mac password in the "Password" field and click "OK".',
    )
  })

  it('the Mac-password sheet alone, once the user said they clicked Repair: it waits for the Mac', async () => {
    renderApp({
      state: broken(),
      session: sessionAt('enter-mac-password', 'verifying', {
        shown: ['open-users-and-groups', 'enter-mac-password'],
      }),
    })
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Enter your Mac password when macOS asks for it.',
      }),
    ).toHaveFocus()
    expect(screen.getByText('Stage 2 of 3')).toBeInTheDocument()
    expect(repairState()).toBe('waiting-for-mac')
    expect(screen.getAllByRole('figure')).toHaveLength(1)
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    // Still in System Settings: the compact guide can be made whole again from here too.
    expect(screen.getByRole('button', { name: 'Show the whole window' })).toBeInTheDocument()
  })

  it('the stage’s action is its default button; pressing it opens the pane and the stage waits for the Mac', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups', 'verifying') })
    await screen.findByText('Stage 1 of 3')
    expect(repairState()).toBe('in-app')
    expect(defaultButton()).toHaveTextContent('Open Users & Groups')
    await userEvent.click(screen.getByRole('button', { name: 'Open Users & Groups' }))
    expect(fake.api.openExternal).toHaveBeenCalledWith({
      intent: 'settingsPane',
      url: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    })
    // Beside System Settings the window becomes the compact guide, and the Mac is looked at again.
    expect(fake.api.setGuideMode).toHaveBeenCalledWith({ mode: 'compact' })
    expect(fake.api.checkPlaybookNow).toHaveBeenCalledWith({ sessionId: 's1' })
    expect(repairState()).toBe('waiting-for-mac')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your Mac tells PSSO Helper when this is done; it moves on by itself.',
    )
    // "I've done this" is only the fallback; the default button just looks again.
    expect(defaultButton()).toHaveTextContent('Check again')
    await userEvent.click(screen.getByRole('button', { name: 'I’ve done this' }))
    expect(fake.api.advancePlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
  })

  it('says so when main refuses to open it', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    fake.api.openExternal = async () => ({
      ok: false,
      error: { code: 'notAllowed', message: 'not on the allow-list' },
    })
    await userEvent.click(await screen.findByRole('button', { name: 'Open Users & Groups' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not open: not on the allow-list')
    expect(repairState()).toBe('in-app')
  })

  it('moves the focus to each new stage’s heading when the Mac moves it on', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups', 'verifying') })
    await screen.findByText('Stage 1 of 3')
    act(() =>
      fake.pushSession(
        sessionAt('sign-in-microsoft', 'verifying', {
          shown: ['open-users-and-groups', 'enter-mac-password', 'sign-in-microsoft'],
        }),
      ),
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sign in to Microsoft in the window that opens.' }),
    ).toHaveFocus()
    expect(screen.getByText('Stage 3 of 3')).toBeInTheDocument()
    expect(repairState()).toBe('waiting-for-mac')
    // The stage that awaits the proof offers no "I've done this": nothing to skip to but the helpdesk.
    expect(screen.queryByRole('button', { name: 'I’ve done this' })).not.toBeInTheDocument()
  })

  it('asks the question once: the heading names the group, the first answer is the default', async () => {
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('temporary-password', 'step', { playbookId: 'password-reset' }),
    })
    const group = await screen.findByRole('group', { name: 'Did IT give you a temporary password?' })
    expect(screen.getAllByText('Did IT give you a temporary password?')).toHaveLength(1)
    expect(repairState()).toBe('in-app')
    // The default path: own password, Users & Groups, the Mac password, sign-in; the password page
    // is not counted.
    expect(screen.getByText('Stage 1 of 4')).toBeInTheDocument()
    expect(defaultButton()).toHaveTextContent('No, I chose my new password')
    await userEvent.click(within(group).getByRole('button', { name: 'Yes, a temporary one' }))
    expect(fake.api.answerPlaybook).toHaveBeenCalledWith({
      sessionId: 's1',
      questionId: 'temporary-password',
      answerId: 'yes',
    })
  })

  it('says what matters before a possible restart, before the Settings stage', async () => {
    renderApp({
      state: broken(),
      session: sessionAt('open-users-and-groups', 'step', {
        playbookId: 'password-reset',
        shown: ['temporary-password', 'open-users-and-groups'],
      }),
    })
    expect(
      await screen.findByText(/if your Mac restarts before this is finished, try your new password/),
    ).toBeInTheDocument()
    // The sign-in notification that alone may do the sync is said there too.
    expect(
      screen.getByText(/Watch for a notification from your Mac that asks you to sign in/),
    ).toBeInTheDocument()
    expect(screen.getByText('Stage 2 of 4')).toBeInTheDocument()
    // The sheet's stage says which password it is not: the Mac still has its old one.
    expect(
      within(screen.getByRole('region')).getByText(
        'Not your new Microsoft password: until the repair is done, this Mac still opens with its old one.',
      ),
    ).toBeInTheDocument()
  })

  it('a stage waiting for the user after the bound says "waiting for you" with help, never failure', async () => {
    renderApp({
      state: broken(),
      session: sessionAt('open-users-and-groups', 'waiting', { verification: 'gaveUp' }),
    })
    await screen.findByText('Stage 1 of 3')
    expect(screen.queryByText('Not fixed yet')).not.toBeInTheDocument()
    expect(
      screen.getByText(
        /^Waiting for you to finish this in System Settings › Users & Groups\. No sign-in window\?/,
      ),
    ).toBeInTheDocument()
  })

  it('offers the help after a while without progress (HELP_AFTER_PROBES probes), still watching', async () => {
    const waitingFor = /^Waiting for you to finish this in System Settings › Users & Groups\./
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('open-users-and-groups', 'verifying', { attempts: HELP_AFTER_PROBES - 1 }),
    })
    await screen.findByText('Stage 1 of 3')
    expect(screen.queryByText(waitingFor)).not.toBeInTheDocument()
    act(() =>
      fake.pushSession(sessionAt('open-users-and-groups', 'verifying', { attempts: HELP_AFTER_PROBES })),
    )
    expect(screen.getByText(waitingFor)).toHaveTextContent(/No sign-in window\?/)
    // Still the Mac's to tell: no failure, the live region still says it moves on by itself.
    expect(screen.getByRole('status')).toHaveTextContent(/moves on by itself/)
    // A new stage is progress: the count starts again there, and the help goes.
    act(() =>
      fake.pushSession(
        sessionAt('sign-in-microsoft', 'verifying', {
          attempts: 0,
          shown: ['open-users-and-groups', 'enter-mac-password', 'sign-in-microsoft'],
        }),
      ),
    )
    expect(screen.queryByText(/^Waiting for you/)).not.toBeInTheDocument()
  })

  it('after success: one calm screen with the things to know, announced, and Done takes the focus', async () => {
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('after-care', 'fixed', { playbookId: 'password-reset' }),
    })
    const heading = await screen.findByRole('heading', {
      name: 'Fixed. Your Mac confirms that sign-in works again.',
    })
    // Inside the live region that was there before: its new text is announced.
    const status = heading.closest('[role="status"]') as HTMLElement
    expect(status).not.toBeNull()
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'From now on, use your new password to unlock and sign in to this Mac.',
      'If a window asks for your "login" keychain password, enter your old password.',
    ])
    expect(repairState()).toBe('fixed')
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus()
    // Back to full size once it is over (an effect: after the paint).
    await waitFor(() => expect(fake.api.setGuideMode).toHaveBeenCalledWith({ mode: 'full' }))
  })

  it('Done returns to the status with the focus on its heading', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt(null, 'fixed') })
    await userEvent.click(await screen.findByRole('button', { name: 'Done' }))
    expect(fake.api.cancelPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
    expect(await screen.findByRole('heading', { level: 1, name: /needs to be repaired/ })).toHaveFocus()
  })

  it('counts only the stages for this Mac’s macOS version', async () => {
    renderApp({ state: broken(), session: sessionAt('open-company-portal', 'step', { macOSMajor: 13 }) })
    // Company Portal, the Mac-password sheet, the sign-in: no Users & Groups stage on macOS 13.
    expect(await screen.findByText('Stage 1 of 3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open Company Portal' })).toHaveAttribute('data-default-action')
  })

  it('not fixed: what the Mac still shows in plain words, Check again, Try the steps again, the helpdesk', async () => {
    const { fake } = renderApp({
      state: broken(),
      session: sessionAt('sign-in-microsoft', 'notFixed', {
        missing: ['userRegistered', 'tokensReceivedSinceStart'],
        shown: ['open-users-and-groups', 'sign-in-microsoft'],
      }),
      config: { OrganizationName: 'Contoso IT', SupportPhone: '+81 3 1234 5678' },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Not fixed yet' })).toHaveFocus()
    expect(repairState()).toBe('not-fixed')
    expect(screen.getByText('Your account is not registered on this Mac yet.')).toBeInTheDocument()
    expect(
      screen.getByText('Your Mac has not received a new Microsoft sign-in since you started.'),
    ).toBeInTheDocument()
    // One message: no "wait while PSSO Helper checks" beside it.
    expect(screen.queryByText(/moves on by itself/)).not.toBeInTheDocument()
    expect(screen.getByText(/\+81 3 1234 5678/)).toBeInTheDocument()
    expect(defaultButton()).toHaveTextContent('Check again')
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }))
    expect(fake.api.checkPlaybookNow).toHaveBeenCalledWith({ sessionId: 's1' })
    await userEvent.click(screen.getByRole('button', { name: 'Try the steps again' }))
    expect(fake.api.retryPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
  })

  it('shows the stage in Japanese with Apple’s names, in the picture too', async () => {
    renderApp({ state: broken(), session: sessionAt('open-users-and-groups'), preferredLanguages: ['ja-JP'] })
    expect(await screen.findByText('ステージ 1/3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '「ユーザとグループ」を開く' })).toBeInTheDocument()
    const [settings, sheet] = screen
      .getAllByRole('figure')
      .map((figure) => [...figure.querySelectorAll('svg text')].map((text) => text.textContent))
    expect(settings).toEqual(
      expect.arrayContaining(['ネットワークアカウントサーバ', '編集…', '修復', '登録', 'システム設定']),
    )
    expect(sheet).toEqual(expect.arrayContaining(['シングルサインオン', 'パスワード', 'キャンセル', 'OK']))
    expect(
      screen.getByRole('heading', { level: 2, name: 'macOS に求められたら、Mac のパスワードを入力します。' }),
    ).toBeInTheDocument()
    expect(screen.getByText('今朝この Mac のロック解除に使ったパスワードを入力します。')).toBeInTheDocument()
  })

  it('Return activates the default button, Escape stops the repair', async () => {
    const { fake } = renderApp({ state: broken(), session: sessionAt('open-users-and-groups') })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Register in System Settings › Users & Groups.' }),
    ).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(fake.api.openExternal).toHaveBeenCalledOnce()
    await userEvent.keyboard('{Escape}')
    expect(fake.api.cancelPlaybook).toHaveBeenCalledWith({ sessionId: 's1' })
  })
})
