// A screen that throws while rendering shows the calm error page (Check again, the support code)
// instead of a blank window, and the error reaches main's log through log:error.
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as AboutModule from '../../../renderer/screens/AboutScreen'
import { encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { ErrorBoundary } from '../../../renderer/components/ErrorBoundary'
import { connectStores } from '../../../renderer/start'
import { createFakeHelper } from '../../helpers/fakeHelperApi'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp, resetRenderer } from './renderApp'

const aboutFails = vi.hoisted(() => ({ now: false }))
vi.mock('../../../renderer/screens/AboutScreen', async (original) => {
  const real = await original<typeof AboutModule>()
  return {
    AboutScreen: () => {
      if (aboutFails.now) throw new Error('about screen exploded')
      return real.AboutScreen()
    },
  }
})

afterEach(() => {
  cleanup()
  aboutFails.now = false
  vi.restoreAllMocks()
})

const STATE = macStateFrom('real:sequoia-password-registered.txt')
const TITLE = 'This window ran into a problem'

function Thrower({ fail }: { fail: { now: boolean } }) {
  if (fail.now) throw new Error('render failed: token=abc')
  return <p>screen content</p>
}

describe('error boundary', () => {
  it('shows the calm error page with Check again and the support code, and logs the error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const fake = createFakeHelper({ state: STATE })
    resetRenderer(fake)
    connectStores()
    const fail = { now: true }
    render(
      <ErrorBoundary screen="status">
        <Thrower fail={fail} />
      </ErrorBoundary>,
    )
    expect(await screen.findByRole('heading', { name: TITLE })).toBeInTheDocument()
    expect(await screen.findByText(encodeSupportCode(STATE))).toBeInTheDocument()
    expect(fake.api.logError).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'boundary', screen: 'status', message: 'render failed: token=abc' }),
    )

    fail.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }))
    expect(fake.api.requestRecheck).toHaveBeenCalled()
    expect(await screen.findByText('screen content')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: TITLE })).not.toBeInTheDocument()
  })

  it('in the app, a failing screen keeps the footer and the other screens reachable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    aboutFails.now = true
    const { fake } = renderApp({ state: STATE })
    await userEvent.click(await screen.findByRole('button', { name: 'About' }))
    expect(await screen.findByRole('heading', { name: TITLE })).toBeInTheDocument()
    expect(fake.api.logError).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'boundary', screen: 'about', message: 'about screen exploded' }),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Status' }))
    expect(screen.queryByRole('heading', { name: TITLE })).not.toBeInTheDocument()
  })
})
