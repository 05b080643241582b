// The status screen for every demo scenario, in English and Japanese, light and dark: the verdict
// announced with its icon, the details, axe clean, a screenshot of each.
import type { ScenarioName } from '../../main/node/preview/scenarios'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { LOCALES } from './journey'

const VERDICTS: [ScenarioName, { en: RegExp; ja: RegExp }, { en: string; ja: string }][] = [
  ['healthy', { en: /is working/, ja: /正常です/ }, { en: 'Working', ja: '正常' }],
  [
    'password-reset',
    { en: /needs to be repaired/, ja: /修復する必要があります/ },
    { en: 'Needs repair', ja: '要修復' },
  ],
  [
    'not-configured',
    {
      en: /not set up for your organisation’s sign-in yet/,
      ja: /まだ組織のサインイン用に設定されていません/,
    },
    { en: 'Not set up', ja: '未設定' },
  ],
  [
    'unreadable',
    { en: /could not read your Mac’s sign-in state/, ja: /読み取れませんでした/ },
    { en: 'Unknown', ja: '不明' },
  ],
  [
    'tokens-expired',
    { en: /needs to be repaired/, ja: /修復する必要があります/ },
    { en: 'Needs repair', ja: '要修復' },
  ],
  ['secure-enclave', { en: /is working/, ja: /正常です/ }, { en: 'Working', ja: '正常' }],
]

for (const [scenario, sentence, icon] of VERDICTS) {
  for (const lang of ['en', 'ja'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test.describe(`status: ${scenario}, ${lang}, ${colorScheme}`, () => {
        test.use({ scenario, locale: LOCALES[lang], colorScheme })
        test('verdict, icon, details', async ({ openApp, saveScreen }) => {
          const page = await openApp()
          await expect(page.locator('html')).toHaveAttribute('lang', lang)
          const verdict = page.getByRole('status').first()
          await expect(verdict).toHaveText(sentence[lang])
          await expect(verdict.getByRole('img', { name: icon[lang] })).toBeVisible()
          await page.locator('summary').click()
          await expect(page.locator('.facts .fact')).toHaveCount(7)
          await expectNoAxeViolations(page, `status ${scenario} (${lang}, ${colorScheme})`)
          await saveScreen(`status-${scenario}-${lang}-${colorScheme}`)
        })
      })
    }
  }
}

test.describe('status details in Japanese', () => {
  test.use({ scenario: 'healthy', locale: 'ja-JP' })
  test('token times are relative, the method is in Japanese', async ({ openApp }) => {
    const page = await openApp()
    await page.getByText('詳細').click()
    await expect(page.locator('.fact', { hasText: '組織への最後のサインイン' })).toContainText(
      /分前|時間前|日前/,
    )
    await expect(page.locator('.fact', { hasText: 'サインイン方式' })).toContainText('パスワード')
  })
})

test.describe('status from the keyboard', () => {
  test.use({ scenario: 'tokens-expired' })
  test('Return starts the repair (the default button) and focuses its first stage', async ({ openApp }) => {
    const page = await openApp()
    await expect(page.getByRole('button', { name: 'Fix it' })).toHaveAttribute('data-default-action')
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Did your Microsoft password change recently, or did IT reset it?',
      }),
    ).toBeFocused()
    await expect(page.getByText('Stage 1 of 2')).toBeVisible()
    // Escape stops the repair: back to the status, focus on its heading.
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 1, name: /needs to be repaired/ })).toBeFocused()
  })
})
