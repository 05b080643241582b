// The history timeline in the helpdesk view of the browser preview: the password-reset demo starts
// from a healthy past, so the timeline shows when registration was lost; a change of the pretend
// Mac's state (registered again) becomes a new entry at the top. Both languages, axe clean.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

test.use({ scenario: 'password-reset' })

test('helpdesk timeline: registration lost, then a new transition on top', async ({
  openApp,
  proceedScenario,
  saveScreen,
}) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Helpdesk view' }).click()
  const timeline = page.getByRole('list', { name: 'History on this Mac' })
  await expect(timeline.getByRole('listitem')).toHaveCount(3)
  await expect(timeline.getByRole('listitem').first()).toContainText(
    'Verdict healthy → broken · Registration lost',
  )
  await expect(timeline.getByRole('listitem').last()).toContainText('First check: healthy')
  await expect(page.locator('.history-headlines')).toContainText(/Verdict broken since \w+ \d+ at \d\d:\d\d/)
  await expect(page.locator('.history-headlines')).toContainText(/Registration lost on \w+ \d+ at \d\d:\d\d/)
  await expect(page.locator('.history-headlines')).toContainText('SSO tokens last refreshed')
  await expectNoAxeViolations(page, 'helpdesk timeline (en)')
  await saveScreen('helpdesk-timeline-en')

  await proceedScenario()
  await expect(timeline.getByRole('listitem')).toHaveCount(4)
  await expect(timeline.getByRole('listitem').first()).not.toContainText('First check')
})

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' })
  test('helpdesk timeline', async ({ openApp }) => {
    const page = await openApp()
    await page.getByRole('button', { name: 'ヘルプデスク用の表示' }).click()
    const timeline = page.getByRole('list', { name: 'この Mac の履歴' })
    await expect(timeline.getByRole('listitem').first()).toContainText(
      '判定 正常 → 問題あり · 登録が失われました',
    )
    await expect(page.locator('.history-headlines')).toContainText('登録が失われた日時:')
    await expectNoAxeViolations(page, 'helpdesk timeline (ja)')
  })
})
