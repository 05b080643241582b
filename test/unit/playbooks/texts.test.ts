// The text catalogue: every key in both languages, every key the playbooks use exists, the same
// placeholders in each language, Apple's Japanese names; and the openExternal allow-list.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { PLAYBOOKS } from '../../../main/common/repair'
import { t } from '../../../main/common/i18n'
import { renderText, supportContact, TEXT_KEYS, type TextKey } from '../../../main/common/repair/texts'
import {
  EVIDENCE_IDS,
  PLAYBOOK_IDS,
  playbookExternalUrls,
  settingsPaneUrl,
  USERS_AND_GROUPS_URL,
  type PlaybookStep,
} from '../../../main/common/repair/types'

const JA = (key: TextKey) => t('ja', `playbook.${key}`)

// Same keys and placeholders in every language: test/unit/i18n/catalogue.test.ts.
describe('every playbook text is written in Japanese too', () => {
  it.each(TEXT_KEYS)('%s', (key) => {
    expect(JA(key)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })

  it('has a text for every piece of evidence a check can miss', () => {
    for (const evidence of EVIDENCE_IDS) expect(TEXT_KEYS).toContain(`evidence.${evidence}`)
  })
})

describe('Japanese names as Apple writes them', () => {
  const all = TEXT_KEYS.map(JA).join('\n')
  it('uses 「ユーザとグループ」 and 「システム設定」, never the Microsoft spelling', () => {
    expect(all).toContain('「ユーザとグループ」')
    expect(all).toContain('「システム設定」')
    expect(all).not.toContain('ユーザー')
  })
})

describe('playbooks', () => {
  const stepsOf = (id: (typeof PLAYBOOK_IDS)[number]): PlaybookStep[] => [
    ...PLAYBOOKS[id].steps,
    ...PLAYBOOKS[id].afterwards,
  ]

  it.each(PLAYBOOK_IDS)('%s: unique step ids, answers lead to existing steps', (id) => {
    const steps = stepsOf(id)
    expect(PLAYBOOKS[id].id).toBe(id)
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length)
    for (const step of steps) {
      expect(TEXT_KEYS).toContain(step.text)
      for (const answer of step.question?.answers ?? []) {
        if ('step' in answer.next) expect(PLAYBOOKS[id].steps.map((s) => s.id)).toContain(answer.next.step)
      }
    }
  })

  it('repairs are verified on evidence; explanations are not', () => {
    expect(PLAYBOOKS['password-reset'].verify).toBe('reRegistered')
    expect(PLAYBOOKS['refresh-tokens'].verify).toBe('freshTokens')
    expect(PLAYBOOKS['secure-enclave-password'].verify).toBeNull()
    expect(PLAYBOOKS['helpdesk-handoff'].verify).toBeNull()
  })
})

describe('contact details', () => {
  it('falls back to a clearly named default, never an invented number', () => {
    expect(supportContact('en', DEFAULT_CONFIG)).toBe('your IT helpdesk')
    expect(
      renderText('ja', 'helpdesk.contact', {
        supportContact: supportContact('ja', DEFAULT_CONFIG),
        passwordChangeUrl: '',
      }),
    ).toBe('社内の IT ヘルプデスクに連絡してください。')
  })

  it('uses the organisation’s details from managed configuration', () => {
    const config = {
      ...DEFAULT_CONFIG,
      OrganizationName: 'Contoso',
      SupportPhone: '+81 3 1234 5678',
      SupportEmail: 'help@contoso.example',
      HelpdeskHours: '9:00–18:00',
    }
    expect(supportContact('en', config)).toBe(
      'the Contoso IT helpdesk (+81 3 1234 5678, help@contoso.example, hours: 9:00–18:00)',
    )
    expect(supportContact('ja', config)).toBe(
      'Contoso の IT ヘルプデスク (+81 3 1234 5678, help@contoso.example, 受付時間：9:00–18:00)',
    )
  })
})

describe('the openExternal allow-list', () => {
  it('holds the settings panes, Company Portal and the organisation’s https URLs only', () => {
    const urls = playbookExternalUrls({
      PasswordChangeURL: 'https://passwords.contoso.example/change',
      SupportURL: 'http://intranet.contoso.example/help',
    })
    expect(urls).toContain(USERS_AND_GROUPS_URL)
    expect(urls).toContain('x-apple.systempreferences:com.apple.Passwords-Settings.extension')
    expect(urls).toContain('https://passwords.contoso.example/change')
    expect(urls).toContain('companyportal:')
    expect(urls).not.toContain('http://intranet.contoso.example/help')
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('opens Users & Groups for a pane without a documented id', () => {
    expect(settingsPaneUrl('autofillAndPasswords')).toBe(USERS_AND_GROUPS_URL)
  })
})
