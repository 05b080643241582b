// About, and the language: system by default, AppConfig.Language, the Settings sheet's popup and
// the app menu's Language items (main's push), <html lang>.
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { macStateFrom } from '../../helpers/macStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const healthy = () => macStateFrom('real:sequoia-password-registered.txt')

describe('about', () => {
  it('states the version, what is read, and that nothing is changed or sent', async () => {
    renderApp({ state: healthy(), config: { OrganizationName: 'Contoso' } })
    await userEvent.click(await screen.findByRole('button', { name: 'About' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'About PSSO Helper' })).toHaveFocus()
    expect(screen.getByText('Version 0.1.0')).toBeInTheDocument()
    expect(screen.getByText('Managed by Contoso')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'The PSSO Helper icon' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml,/),
    )
    expect(screen.getByText(/app-sso platform -s/)).toBeInTheDocument()
    expect(screen.getByText(/changes nothing on your Mac by itself/)).toBeInTheDocument()
    expect(screen.getByText(/sends nothing anywhere/)).toBeInTheDocument()
  })
})

describe('language', () => {
  it('follows AppConfig.Language over the system', async () => {
    renderApp({ state: healthy(), config: { Language: 'ja' }, preferredLanguages: ['en-US'] })
    expect(await screen.findByText('このMacの組織アカウントへのサインインは正常です。')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('ja')
  })

  it('switches in the app; main keeps the choice and pushes it', async () => {
    const { fake } = renderApp({ state: healthy() })
    await screen.findByText('Your Mac’s sign-in to your organisation is working.')
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }))
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'System (English)' })).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByLabelText('Language'), '日本語')
    expect(screen.getByRole('status')).toHaveTextContent('サインインは正常です')
    expect(document.documentElement.lang).toBe('ja')
    expect(fake.savedLanguage).toBe('ja')
    expect(fake.language.current().language).toBe('ja')
    await userEvent.selectOptions(screen.getByLabelText('言語'), 'システム（English）')
    expect(screen.getByRole('status')).toHaveTextContent('is working')
    expect(fake.savedLanguage).toBe('system')
  })

  it('starts in the choice an earlier run kept', async () => {
    renderApp({ state: healthy(), savedLanguage: 'ja', preferredLanguages: ['en-US'] })
    expect(await screen.findByText('このMacの組織アカウントへのサインインは正常です。')).toBeInTheDocument()
  })

  it('walks the whole system list: fr-FR then ja-JP is Japanese', async () => {
    renderApp({ state: healthy(), preferredLanguages: ['fr-FR', 'ja-JP'] })
    expect(await screen.findByText('このMacの組織アカウントへのサインインは正常です。')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '設定' }))
    expect(screen.getByRole('option', { name: 'システム（日本語）' })).toBeInTheDocument()
  })

  it('follows a language the organisation set, and the switch cannot change it', async () => {
    renderApp({ state: healthy(), config: { Language: 'ja' }, savedLanguage: 'en' })
    expect(await screen.findByText('このMacの組織アカウントへのサインインは正常です。')).toBeInTheDocument()
    await userEvent.keyboard('{Meta>},{/Meta}')
    expect(screen.getByText('言語は組織によって設定されています。')).toBeInTheDocument()
    expect(screen.getByLabelText('言語')).toBeDisabled()
  })
})
