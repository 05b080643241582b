// The helpdesk view: raw facts, findings with technical reasons, the redacted report, copy buttons,
// the support-code field and the diagnostics bundle, reached by link and by keyboard shortcut.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { sessionAt } from '../../helpers/sessions'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const broken = () => macStateFrom('real:derived-user-not-registered.txt')

async function openHelpdesk() {
  await userEvent.click(await screen.findByRole('button', { name: 'Helpdesk view' }))
  return screen.findByRole('heading', { level: 1, name: 'Helpdesk view' })
}

describe('helpdesk view', () => {
  it('shows every fact with its raw value and copies one', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    const deviceId = screen.getByText('psso.deviceId').closest('.fact') as HTMLElement
    expect(deviceId).toHaveTextContent('"34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab"')
    expect(screen.getByText('psso.user.registered').closest('.fact')).toHaveTextContent('false')
    await userEvent.click(within(deviceId).getByRole('button', { name: 'Copy psso.deviceId' }))
    expect(fake.api.copyText).toHaveBeenCalledWith({ text: '"34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab"' })
  })

  it('lists the findings with their technical reason and evidence', async () => {
    renderApp({ state: broken() })
    await openHelpdesk()
    expect(screen.getByText('user-not-registered')).toBeInTheDocument()
    expect(
      screen.getByText(
        'Device registered, no PSSO user configuration for this user (typical on shared Macs or for a new local user); register the user.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('psso.user.registered = false')).toBeInTheDocument()
  })

  it('shows the redacted report from main and copies it whole', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    const report = await screen.findByRole('region', { name: 'Redacted report' })
    expect(report).toHaveTextContent('_credential: <redacted>')
    await userEvent.click(screen.getByRole('button', { name: 'Copy Redacted report' }))
    expect(fake.api.copyText).toHaveBeenLastCalledWith({
      text: 'app-sso platform -s\n_credential: <redacted>',
    })
  })

  it('opens with Command-Shift-H and goes back with Escape', async () => {
    renderApp({ state: broken() })
    await screen.findByRole('button', { name: 'Fix it' })
    await userEvent.keyboard('{Meta>}{Shift>}h{/Shift}{/Meta}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Helpdesk view' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(await screen.findByRole('button', { name: 'Fix it' })).toBeInTheDocument()
  })

  it('shows the repair the user is in, with the step’s technical reason and the checks', async () => {
    renderApp({
      state: broken(),
      session: sessionAt('sign-in-microsoft', 'verifying', {
        shown: ['open-users-and-groups', 'sign-in-microsoft'],
        missing: ['userRegistered'],
      }),
    })
    await screen.findByText('Stage 2 of 2')
    await userEvent.keyboard('{Control>}{Shift>}h{/Shift}{/Control}')
    await screen.findByRole('heading', { name: 'Repair in progress' })
    expect(screen.getByText('Steps shown: open-users-and-groups → sign-in-microsoft')).toBeInTheDocument()
    expect(
      screen.getByText(/Verification: checking, 3 of 20 checks; missing: userRegistered/),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Entra sign-in with the current Entra password and MFA completes registration [J1].', {
        exact: false,
      }),
    ).toBeInTheDocument()
  })

  it('is hidden, link and shortcut alike, when the organisation turns it off', async () => {
    renderApp({ state: broken(), config: { ShowHelpdeskView: false } })
    await screen.findByRole('button', { name: 'About' })
    expect(screen.queryByRole('button', { name: 'Helpdesk view' })).not.toBeInTheDocument()
    await userEvent.keyboard('{Control>}{Shift>}h{/Shift}{/Control}')
    expect(screen.queryByRole('heading', { name: 'Helpdesk view' })).not.toBeInTheDocument()
  })

  it('decodes a support code through main, and says when the feature is not there yet', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    await userEvent.type(screen.getByLabelText('Enter a support code'), ' K7Q4-M2XD-9RTA {Enter}')
    expect(fake.api.decodeSupportCode).toHaveBeenCalledWith({ code: 'K7Q4-M2XD-9RTA' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Not available in this version.')

    fake.api.decodeSupportCode = async () => ({
      ok: true,
      data: { findingIds: ['user-not-registered'], details: { method: 'password' } },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Decode' }))
    const decoded = await screen.findByRole('status')
    expect(decoded).toHaveTextContent('user-not-registered')
    expect(decoded).toHaveTextContent('"password"')
  })

  it('saves and opens diagnostics through main, showing an opened capture instead of this Mac', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    fake.api.saveDiagnosticsBundle = async () => ({ ok: true, data: { path: '/Users/c/Desktop/psso.zip' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save diagnostics…' }))
    expect(await screen.findByText('Saved to /Users/c/Desktop/psso.zip')).toBeInTheDocument()

    const other = macStateFrom('real:sequoia-password-registered.txt')
    fake.api.openDiagnosticsBundle = async () => ({ ok: true, data: { state: other, path: '/tmp/user.zip' } })
    await userEvent.click(screen.getByRole('button', { name: 'Open diagnostics…' }))
    expect(
      await screen.findByText(/^Opened \/tmp\/user.zip\. Captured on that Mac at Apr 25, 2026/),
    ).toBeInTheDocument()
    expect(screen.getByText('psso.deviceId').closest('.fact')).toHaveTextContent(
      '38d94132-e90a-4e9d-bfdc-a52633ed2772',
    )
  })
})

describe('helpdesk view: configuration', () => {
  it("lists the values set by the organisation and the profile's problems", async () => {
    renderApp({
      state: broken(),
      config: { SupportPhone: '+81 3-1234-5678', CheckIntervalMinutes: 60 },
      managed: { SupportPhone: 'managed-device', CheckIntervalMinutes: 'managed-user' },
      configProblems: [
        {
          kind: 'invalidValue',
          key: 'PasswordChangeURL',
          source: 'managed-device',
          message: 'PasswordChangeURL must be an https:// URL; the default is used instead.',
        },
      ],
    })
    await openHelpdesk()
    expect(screen.getByText('Set by your organisation:')).toBeInTheDocument()
    expect(screen.getByText('SupportPhone').closest('.fact')).toHaveTextContent('+81 3-1234-5678')
    expect(screen.getByText('CheckIntervalMinutes').closest('.fact')).toHaveTextContent('60')
    // A default value is not the organisation's.
    expect(screen.queryByText('ShowHelpdeskView')).not.toBeInTheDocument()
    expect(
      screen.getByText('PasswordChangeURL must be an https:// URL; the default is used instead.'),
    ).toBeInTheDocument()
  })

  it('says so when no profile sets anything', async () => {
    renderApp({ state: broken() })
    await openHelpdesk()
    expect(screen.getByText('Every setting has its default value; no profile sets any.')).toBeInTheDocument()
  })
})
