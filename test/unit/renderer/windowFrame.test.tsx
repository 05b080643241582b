// The window's frame: the toolbar's screens, the shortcuts, the app menu's pushes, the Settings
// sheet and its keys, the user's accent colour.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const broken = () => macStateFrom('real:derived-user-not-registered.txt')
const current = () =>
  screen.getByRole('navigation', { name: 'Screens' }).querySelector('[aria-current="page"]')

describe('the toolbar', () => {
  it('shows the screens as a segmented control, the current one marked, and no footer', async () => {
    renderApp({ state: broken() })
    await screen.findByRole('status')
    expect(current()).toHaveTextContent('Status')
    await userEvent.click(screen.getByRole('button', { name: 'About' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'About PSSO Helper' })).toHaveFocus()
    expect(current()).toHaveTextContent('About')
    expect(document.querySelector('footer')).toBeNull()
  })

  it('has no helpdesk view when the organisation hides it, nor its shortcut', async () => {
    renderApp({ state: broken(), config: { ShowHelpdeskView: false } })
    await screen.findByRole('status')
    expect(screen.queryByRole('button', { name: 'Helpdesk view' })).not.toBeInTheDocument()
    await userEvent.keyboard('{Meta>}2{/Meta}')
    expect(screen.getByRole('status')).toHaveTextContent('needs to be repaired')
  })

  it('⌘2 opens the helpdesk view, ⌘1 goes back to the status, ⌘⇧H still toggles', async () => {
    renderApp({ state: broken() })
    await screen.findByRole('status')
    await userEvent.keyboard('{Meta>}2{/Meta}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Helpdesk view' })).toHaveFocus()
    await userEvent.keyboard('{Meta>}1{/Meta}')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('needs to be repaired')
    await userEvent.keyboard('{Meta>}{Shift>}H{/Shift}{/Meta}')
    expect(screen.getByRole('heading', { level: 1, name: 'Helpdesk view' })).toBeInTheDocument()
    await userEvent.keyboard('{Meta>}{Shift>}H{/Shift}{/Meta}')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('needs to be repaired')
  })
})

describe('the app menu (main pushes app:navigate)', () => {
  it('View › Helpdesk and App › About open those screens, Settings… the sheet', async () => {
    const { fake } = renderApp({ state: broken() })
    await screen.findByRole('status')
    act(() => fake.pushNavigate('helpdesk'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Helpdesk view' })).toHaveFocus()
    act(() => fake.pushNavigate('about'))
    expect(await screen.findByRole('heading', { level: 1, name: 'About PSSO Helper' })).toBeInTheDocument()
    act(() => fake.pushNavigate('settings'))
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument()
  })
})

describe('the Settings sheet', () => {
  it('takes the focus, keeps the window behind it inert, and Return or Escape closes it', async () => {
    renderApp({ state: broken() })
    await screen.findByRole('status')
    const gear = screen.getByRole('button', { name: 'Settings' })
    await userEvent.click(gear)
    expect(screen.getByLabelText('Language')).toHaveFocus()
    expect(document.querySelector('main')).toHaveAttribute('inert')
    // Escape closes the sheet, not the screen behind it; the focus goes back to the gear.
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(gear).toHaveFocus()
    await userEvent.click(gear)
    screen.getByRole('button', { name: 'Done' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('the status screen’s buttons', () => {
  it('puts Fix it last as the default button, and Return starts the repair', async () => {
    const { fake } = renderApp({ state: broken() })
    await screen.findByRole('status')
    const fix = screen.getByRole('button', { name: 'Fix it' })
    // Effects run after the first paint: the default mark is there once the screen settled.
    await waitFor(() => expect(fix).toHaveAttribute('data-default-action'))
    expect(fix).toHaveAttribute('data-default-action')
    expect(fix.parentElement).toHaveClass('button-row')
    expect(fix.parentElement!.lastElementChild).toBe(fix)
    await userEvent.keyboard('{Enter}')
    expect(fake.api.startPlaybook).toHaveBeenCalledWith({
      playbookId: 'register-user',
      findingId: 'user-not-registered',
    })
  })
})

describe('the accent colour', () => {
  const variable = (name: string) => document.documentElement.style.getPropertyValue(name)

  it('applies the colour main read, with a label that reads on it', async () => {
    renderApp({ state: broken(), accentColor: 'ffc600ff' })
    await screen.findByRole('status')
    expect(variable('--accent')).toBe('#ffc600')
    expect(variable('--accent-fill')).toBe('#ffc600')
    expect(variable('--accent-contrast')).toBe('#1d1d1f')
  })

  it('follows a change, and falls back to the stylesheet’s system blue without one', async () => {
    const { fake } = renderApp({ state: broken(), accentColor: 'e0383eff' })
    await screen.findByRole('status')
    expect(variable('--accent')).toBe('#e0383e')
    act(() => fake.pushAccentColor('953d96ff'))
    expect(variable('--accent')).toBe('#953d96')
    act(() => fake.pushAccentColor(null))
    expect(variable('--accent')).toBe('')
    expect(variable('--accent-fill')).toBe('')
  })
})
