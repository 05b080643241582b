// The status screen for every demo scenario, in English and Japanese, light and dark: the verdict
// announced with its icon, axe clean, a screenshot of each.
import type { ScenarioName } from '../../main/node/preview/scenarios'
import { expect, expectAccessible, LANGS, SCHEMES, screenshot, test } from './fixtures'

const VERDICTS: Record<
  string,
  { scenario: ScenarioName; en: RegExp; ja: RegExp; icon: { en: string; ja: string } }
> = {
  healthy: { scenario: 'healthy', en: /is working/, ja: /正常です/, icon: { en: 'Working', ja: '正常' } },
  'password-reset': {
    scenario: 'password-reset',
    en: /needs to be repaired/,
    ja: /修復する必要があります/,
    icon: { en: 'Needs repair', ja: '要修復' },
  },
  'not-configured': {
    scenario: 'not-configured',
    en: /not set up for your organisation’s sign-in yet/,
    ja: /まだ組織のサインイン用に設定されていません/,
    icon: { en: 'Not set up', ja: '未設定' },
  },
  unreadable: {
    scenario: 'unreadable',
    en: /could not read your Mac’s sign-in state/,
    ja: /読み取れませんでした/,
    icon: { en: 'Unknown', ja: '不明' },
  },
  'tokens-expired': {
    scenario: 'tokens-expired',
    en: /needs to be repaired/,
    ja: /修復する必要があります/,
    icon: { en: 'Needs repair', ja: '要修復' },
  },
  'secure-enclave': {
    scenario: 'secure-enclave',
    en: /is working/,
    ja: /正常です/,
    icon: { en: 'Working', ja: '正常' },
  },
}

for (const [name, expected] of Object.entries(VERDICTS)) {
  for (const lang of LANGS) {
    for (const scheme of SCHEMES) {
      test(`status: ${name}, ${lang}, ${scheme}`, async ({ openApp }) => {
        const page = await openApp({ scenario: expected.scenario, lang, scheme })
        const verdict = page.getByRole('status').first()
        await expect(verdict).toHaveText(expected[lang])
        await expect(verdict.getByRole('img', { name: expected.icon[lang] })).toBeVisible()
        await page.locator('summary').click()
        await expect(page.locator('.facts .fact')).toHaveCount(7)
        await expectAccessible(page)
        await screenshot(page, `status-${name}-${lang}-${scheme}`)
      })
    }
  }
}

test('status: the details show the token times relative, in Japanese', async ({ openApp }) => {
  const page = await openApp({ scenario: 'healthy', lang: 'ja' })
  await page.getByText('詳細').click()
  await expect(page.locator('.fact', { hasText: '組織への最後のサインイン' })).toContainText(/前|今/)
  await expect(page.locator('.fact', { hasText: 'サインイン方式' })).toContainText('パスワード')
})

test('status: the whole screen works from the keyboard', async ({ openApp }) => {
  const page = await openApp({ scenario: 'password-reset' })
  await expect(page.getByRole('button', { name: 'Fix it' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Fix it' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('h1')).toBeFocused()
})
