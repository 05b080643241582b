// The helpdesk view: raw facts, findings with technical reasons, the redacted report, copy buttons,
// the support-code field and the diagnostics bundle, reached by link and by keyboard shortcut.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { explainSupportCode } from '../../../main/common/supportCode/explain'
import { decodeSupportCode, encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { sessionAt } from '../../helpers/sessions'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const broken = () => macStateFrom('real:derived-user-not-registered.txt')

async function openHelpdesk() {
  await userEvent.click(await screen.findByRole('button', { name: 'Helpdesk view' }))
  return screen.findByRole('heading', { level: 1, name: 'Helpdesk view' })
}

/** The helpdesk view while the user's repair is verifying its last step. */
async function helpdeskDuringRepair() {
  renderApp({
    state: broken(),
    session: sessionAt('sign-in-microsoft', 'verifying', {
      shown: ['open-users-and-groups', 'enter-mac-password', 'sign-in-microsoft'],
      missing: ['userRegistered'],
    }),
  })
  await screen.findByText('Stage 3 of 3')
  await userEvent.keyboard('{Control>}{Shift>}h{/Shift}{/Control}')
}

describe('helpdesk view', () => {
  it('opens with a summary an agent reads in ten seconds: state, what the user sees, what to say', async () => {
    renderApp({ state: broken() })
    await openHelpdesk()
    const summary = screen.getByRole('region', { name: 'For the call' })
    expect(summary).toHaveTextContent('Sign-in is broken and needs a repair.')
    expect(summary).toHaveTextContent(
      'PSSO Helper’s status: “Your Mac’s sign-in to your organisation needs to be repaired.”',
    )
    expect(summary).toHaveTextContent('Ask the user to click “Fix it” in PSSO Helper')
    expect(within(summary).getByText(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/)).toBeInTheDocument()
  })

  it('says the step the user is on, in the Mac’s own words, while a repair runs', async () => {
    await helpdeskDuringRepair()
    const summary = await screen.findByRole('region', { name: 'For the call' })
    expect(summary).toHaveTextContent(/Stage 3 of 3 of “.+”, and PSSO Helper is checking whether it worked\./)
    expect(summary).toHaveTextContent('Ask the user to wait a moment')
  })

  it('names the Mac-password sheet’s stage too while it is on the user’s screen with Users & Groups', async () => {
    renderApp({ state: broken(), session: sessionAt('open-users-and-groups', 'verifying') })
    await screen.findByText('Stage 1 of 3')
    await userEvent.keyboard('{Control>}{Shift>}h{/Shift}{/Control}')
    const summary = await screen.findByRole('region', { name: 'For the call' })
    expect(summary).toHaveTextContent(
      'checking whether it worked. Shown with it, stage 2: Enter your Mac password when macOS asks for it.',
    )
  })

  it('keeps the repair’s technical facts under “All facts (technical)”: ids, steps shown, the checks', async () => {
    await helpdeskDuringRepair()
    const technical = (await screen.findByText('All facts (technical)')).closest('details') as HTMLElement
    expect(
      within(technical).getByText(
        'Steps shown: open-users-and-groups → enter-mac-password → sign-in-microsoft',
      ),
    ).toBeInTheDocument()
    expect(
      within(technical).getByText(/Verification: checking, 3 of 20 checks; missing: userRegistered/),
    ).toBeInTheDocument()
  })

  it('groups what the Mac shows under plain labels, with the technical name as secondary text', async () => {
    renderApp({ state: broken() })
    await openHelpdesk()
    const thisMac = screen.getByRole('region', { name: 'This Mac' })
    const deviceId = within(thisMac).getByText('psso.deviceId').closest('.fact') as HTMLElement
    expect(deviceId).toHaveTextContent('Entra device ID')
    expect(deviceId).toHaveTextContent('34b1ba9a-3b2d-4c6c-ab4b-615f4b143eab')
    const user = screen.getByRole('region', { name: 'This user' })
    expect(within(user).getByText('psso.user.registered').closest('.fact')).toHaveTextContent(
      'Account registered',
    )
    for (const group of [
      'Sign-in tokens',
      'Configuration from the organisation',
      'Company Portal',
      'macOS',
      'Evidence from logs',
    ])
      expect(screen.getByRole('region', { name: group })).toBeInTheDocument()
    // The raw table is folded away, without a Copy button per row.
    expect(screen.getByText('All facts (technical)').closest('details')).not.toHaveAttribute('open')
  })

  it('lists the findings with the helpdesk sentence first', async () => {
    renderApp({ state: broken() })
    await openHelpdesk()
    expect(screen.getByText('user-not-registered')).toBeInTheDocument()
    expect(
      screen.getByText(
        'Device registered, no PSSO user configuration for this user (typical on shared Macs or for a new local user); register the user.',
      ),
    ).toBeInTheDocument()
  })

  it('copies the whole redacted report with one button', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    await userEvent.click(await screen.findByRole('button', { name: 'Copy the report' }))
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

  it('shows the step’s technical reason for the repair the user is in', async () => {
    await helpdeskDuringRepair()
    await screen.findByRole('heading', { name: 'Repair in progress' })
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

  it('groups a typed code 5-5-5 and decodes it like the CLI: findings and the guide for its macOS', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    const code = encodeSupportCode(broken())
    fake.api.decodeSupportCode = vi.fn(async ({ code: typed }: { code: string }) => {
      const decoded = decodeSupportCode(typed)
      return decoded.ok
        ? { ok: true as const, data: explainSupportCode(decoded.facts, 'en') }
        : { ok: false as const, error: { code: 'invalidArgument' as const, message: decoded.message } }
    })
    const field = screen.getByLabelText('Enter a support code')
    await userEvent.type(field, ` ${code.toLowerCase().replace(/-/g, ' ')}`)
    expect(field).toHaveValue(code)
    await userEvent.click(screen.getByRole('button', { name: 'Decode' }))
    const decoded = await screen.findByRole('status')
    expect(decoded).toHaveTextContent(`Code ${code}`)
    expect(decoded).toHaveTextContent('user-not-registered')
    expect(decoded).toHaveTextContent(/The guide for macOS 15/)
  })

  it('saves and opens diagnostics through main, showing an opened capture instead of this Mac', async () => {
    const { fake } = renderApp({ state: broken() })
    await openHelpdesk()
    fake.api.saveDiagnosticsBundle = async () => ({ ok: true, data: { path: '/Users/c/Desktop/psso.zip' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save diagnostics…' }))
    expect(await screen.findByText('Saved to /Users/c/Desktop/psso.zip')).toBeInTheDocument()

    const other = macStateFrom('real:sequoia-password-registered.txt')
    // What main answers: the bundle's state and its capture (main/common/model/openedBundle.ts).
    const capture = {
      isCapture: true as const,
      file: '/tmp/user.zip',
      capturedAt: other.capturedAt,
      bundleCreatedAt: other.capturedAt,
      deviceId: null,
      appVersion: '0.1.0',
      identifiersPseudonymized: false,
      repair: null,
      device: null,
      supportCode: encodeSupportCode(other),
    }
    fake.api.openDiagnosticsBundle = async () => ({
      ok: true,
      data: { state: { ...other, capture }, path: '/tmp/user.zip' },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Open diagnostics…' }))
    expect(
      await screen.findByText(/^Opened \/tmp\/user.zip\. Captured on that Mac at Apr 25, 2026/),
    ).toBeInTheDocument()
    expect(screen.getAllByText('psso.deviceId')[0]!.closest('.fact')).toHaveTextContent(
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
