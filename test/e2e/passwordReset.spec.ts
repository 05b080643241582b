// The case that matters most, end to end: an admin reset the Entra password and the Mac says the
// user needs to register again. The Mac cannot know about the reset, so the status screen asks,
// and the question is the primary action: "Yes" starts the password guide. Four stages: this app
// (a temporary password?), System Settings › Users & Groups, shown with the sheet that asks for the
// Mac password (Repair opens it, and the Mac shows nothing in between), the Microsoft sign-in. Outside the app only the pretend Mac acts; the guide moves on when the Mac
// shows it, and "fixed" comes from a fresh probe only. Exact texts, en and ja, light and dark.
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { toUsersAndGroups } from './journey'

test.use({ scenario: 'password-reset' })

const LANGUAGES = {
  en: {
    locale: 'en-US',
    broken: /needs to be repaired/,
    question: 'Did your Microsoft password change recently, or did IT reset it?',
    yes: 'Yes',
    temporary: 'Did IT give you a temporary password?',
    ownPassword: 'No, I chose my new password',
    pretendMac: 'Pretend Mac (preview only)',
    stage: (n: number) => `Stage ${n} of 4`,
    usersAndGroups: 'Register in System Settings › Users & Groups.',
    checklist: [
      'Next to "Network Account Server", click "Edit…".',
      'Click "Register". If you see "Repair" instead, click "Repair".',
    ],
    sheet: 'Enter your Mac password when macOS asks for it.',
    sheetChecklist: ['Type the password you used to unlock this Mac this morning.', 'Click "OK".'],
    sheetNote:
      'Not your new Microsoft password: until the repair is done, this Mac still opens with its old one.',
    // macOS 15 with FileVaultPolicy AttemptAuthentication (the capture): the new password opens FileVault.
    fileVaultBefore:
      'Good to know before you continue: if your Mac restarts during these steps, its first screen accepts your new Microsoft password.',
    openUsersAndGroups: 'Open Users & Groups',
    watching: 'Your Mac tells PSSO Helper when this is done; it moves on by itself.',
    signIn: 'Sign in to Microsoft in the window that opens.',
    signInNew: 'Sign in with your new Microsoft password.',
    fixed: 'Fixed. Your Mac confirms that sign-in works again.',
    afterwards: [
      'From now on, use your new password to unlock and sign in to this Mac.',
      'If a window asks for your "login" keychain password, enter your old password.',
    ],
    done: 'Done',
    healthy: /sign-in to your organisation is working/,
  },
  ja: {
    locale: 'ja-JP',
    broken: /修復する必要があります/,
    question: '最近、Microsoftのパスワードを変更したか、IT部門にリセットされましたか？',
    yes: 'はい',
    temporary: 'IT 部門から一時パスワードを受け取りましたか？',
    ownPassword: 'いいえ、新しいパスワードを自分で決めました',
    pretendMac: '練習用の Mac（プレビューのみ）',
    stage: (n: number) => `ステージ ${n}/4`,
    usersAndGroups: '「システム設定」›「ユーザとグループ」で登録します。',
    checklist: [
      '「ネットワークアカウントサーバ」の横にある「編集…」をクリックします。',
      '「登録」をクリックします。「修復」と表示されている場合は「修復」をクリックします。',
    ],
    sheet: 'macOS に求められたら、Mac のパスワードを入力します。',
    sheetChecklist: ['今朝この Mac のロック解除に使ったパスワードを入力します。', '「OK」をクリックします。'],
    sheetNote:
      '新しい Microsoft パスワードではありません。修復が終わるまで、この Mac は以前のパスワードで開きます。',
    fileVaultBefore:
      '先に知っておいてください：この手順の途中で Mac が再起動しても、最初の画面では新しい Microsoft のパスワードが使えます。',
    openUsersAndGroups: '「ユーザとグループ」を開く',
    watching: '終わると Mac が PSSO Helper に知らせます。自動的に次に進みます。',
    signIn: '開いたウインドウで Microsoft にサインインします。',
    signInNew: '新しい Microsoft パスワードでサインインします。',
    fixed: '修復できました。',
    afterwards: [
      'これからは、この Mac のロック解除とログインに新しいパスワードを使います。',
      '「ログイン」キーチェーンのパスワードを聞かれたら、古いパスワードを入力します。',
    ],
    done: '完了',
    healthy: /サインインは正常です/,
  },
} as const

for (const [lang, text] of Object.entries(LANGUAGES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ locale: text.locale, colorScheme })

      test('from broken to verified fixed, stage by stage', async ({
        openApp,
        saveScreen,
        preview,
        openedUrls,
      }) => {
        const shot = (name: string) => saveScreen(`password-reset-${name}-${lang}-${colorScheme}`)
        const page = await openApp()
        const app = page.locator('#root')
        const repairState = () => app.locator('[data-repair-state]')
        const pretend = (id: string) => page.locator(`[data-pretend-mac-action="${id}"]`)
        await expect(page.getByRole('status').filter({ hasText: text.broken })).toBeVisible()
        // The pretend Mac speaks the app's language, beside the app's frame.
        await expect(page.getByRole('heading', { name: text.pretendMac })).toBeVisible()
        // The Mac cannot see a reset in Entra: the status screen asks, and the question is primary.
        const question = page.getByRole('group', { name: text.question })
        const yes = question.getByRole('button', { name: text.yes })
        await expect(yes).toHaveAttribute('data-default-action')
        await expectNoAxeViolations(page, `status, asking (${lang}, ${colorScheme})`)
        await shot('1-question')
        await yes.click()

        // Stage 1, this app: a temporary password? The default is no.
        const temporary = page.getByRole('group', { name: text.temporary })
        await expect(temporary).toBeVisible()
        await expect(page.getByText(text.stage(1))).toBeVisible()
        await expect(repairState()).toHaveAttribute('data-repair-state', 'in-app')
        await expectNoAxeViolations(page, `repair, temporary password? (${lang}, ${colorScheme})`)
        await shot('2-temporary-password')
        await temporary.getByRole('button', { name: text.ownPassword }).click()

        // Stage 2, Users & Groups: the checklist, the picture, what matters before a restart.
        await expect(page.getByRole('heading', { level: 1, name: text.usersAndGroups })).toBeFocused()
        await expect(page.getByText(text.stage(2))).toBeVisible()
        await expect(page.getByText(text.fileVaultBefore)).toBeVisible()
        await expect(app.locator('.stage-checklist').first().locator('li')).toHaveText([...text.checklist])
        // Stage 3, shown with it: the sheet that asks for the Mac password, and which password.
        const sheet = app.getByRole('region', { name: text.sheet })
        await expect(sheet.getByText(text.stage(3))).toBeVisible()
        await expect(sheet.locator('.stage-checklist li')).toHaveText([...text.sheetChecklist])
        await expect(sheet.getByText(text.sheetNote)).toBeVisible()
        await expect(pretend('edit-and-repair')).toBeDisabled()
        await expectNoAxeViolations(page, `repair, Users & Groups (${lang}, ${colorScheme})`)
        await shot('3-users-and-groups-and-mac-password')
        await page.getByRole('button', { name: text.openUsersAndGroups }).click()
        await expect.poll(() => openedUrls.at(-1)).toMatch(/^x-apple\.systempreferences:/)
        await expect(repairState()).toHaveAttribute('data-repair-state', 'waiting-for-mac')
        await expect(page.getByRole('status').filter({ hasText: text.watching })).toBeVisible()

        // Outside the app: Edit… then Repair, the Mac password; the Mac shows it and the guide moves
        // on past both stages.
        await pretend('edit-and-repair').click()
        expect(preview.scenarioMac?.stageIndex()).toBe(0)
        await pretend('enter-mac-password').click()
        await expect(page.getByRole('heading', { level: 1, name: text.signIn })).toBeFocused({
          timeout: 15_000,
        })
        await expect(page.getByText(text.stage(4))).toBeVisible()
        await expect(page.getByText(text.signInNew)).toBeVisible()
        await expectNoAxeViolations(page, `repair, Microsoft sign-in (${lang}, ${colorScheme})`)
        await shot('4-sign-in')

        // The sign-in: registered, fresh tokens; the loop sees it on its next probe.
        await pretend('sign-in-microsoft').click()
        const fixed = page.getByRole('status').filter({ hasText: text.fixed })
        await expect(fixed).toBeVisible({ timeout: 20_000 })
        await expect(repairState()).toHaveAttribute('data-repair-state', 'fixed')
        // One calm screen: the things to know, inside the live region; Done has the focus.
        for (const after of text.afterwards) await expect(fixed.getByText(after)).toBeVisible()
        // FileVault was said before the stage where a restart could happen, not after the fix.
        await expect(fixed.getByText(text.fileVaultBefore)).toHaveCount(0)
        await expect(app.getByRole('button', { name: text.done })).toBeFocused()
        await expectNoAxeViolations(page, `repair, fixed (${lang}, ${colorScheme})`)
        await shot('5-fixed')
        await page.keyboard.press('Enter')
        await expect(page.getByRole('status').filter({ hasText: text.healthy })).toBeVisible()
        await expect(page.getByRole('heading', { level: 1, name: text.healthy })).toBeFocused()
      })
    })
  }
}

test.describe('repair across a reload', () => {
  test('survives the window closing and reopening, on the same stage', async ({ openApp }) => {
    const page = await openApp()
    await toUsersAndGroups(page)
    await expect(page.getByText('Stage 2 of 4')).toBeVisible()
    await page.reload()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Register in System Settings › Users & Groups.' }),
    ).toBeVisible()
    await expect(page.getByText('Stage 2 of 4')).toBeVisible()
  })
})
