import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { MacState } from '../../../main/common/model/macState'
import {
  notificationSettings,
  notificationsFor,
  type Observation,
} from '../../../main/node/notifications/notificationPolicy'
import { macState } from '../../helpers/builtStates'

const HOUR = 3_600_000
const start = Date.parse('2026-11-10T08:00:00Z')
const en = notificationSettings(DEFAULT_CONFIG, 'en')

/** One check every 30 minutes, in order. */
function checks(
  ...steps: Array<MacState | [MacState, { playbookRunning?: boolean; atHour?: number }]>
): Observation[] {
  return steps.map((step, index) => {
    const [state, options] = Array.isArray(step) ? step : [step, {}]
    const at = options.atHour === undefined ? start + index * 0.5 * HOUR : start + options.atHour * HOUR
    return { state, at, playbookRunning: options.playbookRunning ?? false }
  })
}
const healthy = macState('healthy')
const needsRegistration = macState('needsRegistration')
const tokensExpired = macState('tokensExpired')
const unreadable = macState('unreadable')

const registerAgainEn = {
  findingId: 'user-needs-registration',
  title: 'Your Mac sign-in needs fixing',
  body: 'Your account on this Mac needs to be registered again.',
  action: { label: 'Fix it…', findingId: 'user-needs-registration', playbookId: 'registration-required' },
}

describe('notification policy', () => {
  it('notifies once when a healthy Mac breaks, not at every later check', () => {
    expect(
      notificationsFor(checks(healthy, healthy, needsRegistration, needsRegistration, needsRegistration), en),
    ).toEqual([registerAgainEn])
  })

  it('says it in Japanese when the user reads Japanese', () => {
    const ja = notificationSettings(DEFAULT_CONFIG, 'ja')
    expect(notificationsFor(checks(healthy, needsRegistration), ja)).toEqual([
      {
        findingId: 'user-needs-registration',
        title: 'Mac のサインインの修復が必要です',
        body: 'この Mac 上のあなたのアカウントをもう一度登録する必要があります。',
        action: {
          label: '修復する…',
          findingId: 'user-needs-registration',
          playbookId: 'registration-required',
        },
      },
    ])
  })

  it('debounces the same finding within the repeat period, and repeats it after', () => {
    const flapping = checks(
      healthy,
      needsRegistration,
      healthy,
      needsRegistration, // 1.5 h after the first: suppressed
      [healthy, { atHour: 30 }],
      [needsRegistration, { atHour: 30.5 }], // a day later: notifies again
    )
    expect(notificationsFor(flapping, en)).toEqual([registerAgainEn, registerAgainEn])
    expect(notificationsFor(flapping.slice(0, 5), en)).toEqual([registerAgainEn])
  })

  it('a different finding is not held back by another one’s debounce', () => {
    expect(notificationsFor(checks(healthy, needsRegistration, healthy, tokensExpired), en)).toEqual([
      registerAgainEn,
      {
        findingId: 'tokens-expired',
        title: 'Your Mac sign-in needs fixing',
        body: 'Your Microsoft sign-in on this Mac has expired.',
        action: { label: 'Fix it…', findingId: 'tokens-expired', playbookId: 'refresh-tokens' },
      },
    ])
  })

  it('stays silent while a playbook runs, and does not notify for it afterwards', () => {
    expect(
      notificationsFor(
        checks(healthy, [needsRegistration, { playbookRunning: true }], needsRegistration, healthy),
        en,
      ),
    ).toEqual([])
  })

  it('stays silent when the admin switched notifications off', () => {
    const off = notificationSettings({ ...DEFAULT_CONFIG, NotificationsEnabled: false }, 'en')
    expect(notificationsFor(checks(healthy, needsRegistration, healthy, tokensExpired), off)).toEqual([])
  })

  it('an unreadable check neither notifies nor makes the same breakage notify again', () => {
    expect(
      notificationsFor(checks(healthy, unreadable, needsRegistration, unreadable, needsRegistration), en),
    ).toEqual([registerAgainEn])
    expect(notificationsFor(checks(unreadable, unreadable), en)).toEqual([])
  })

  it('notifies on the first check when the Mac is already broken', () => {
    expect(notificationsFor(checks(needsRegistration), en)).toEqual([registerAgainEn])
  })

  it('warns when the tokens enter the expiry window, once', () => {
    // Tokens received 13 days before, valid 14 days: 24 h left, inside the default 48 h window
    // (the diagnosis judges the window: tokens-expiring-soon).
    const expiring = macState('healthy', '2026-11-10T08:00:00Z', '2026-10-28T08:00:00Z')
    const expected = {
      findingId: 'tokens-expiring-soon',
      title: 'Your Mac sign-in needs attention',
      body: 'Your Microsoft sign-in on this Mac will expire soon.',
      action: { label: 'Fix it…', findingId: 'tokens-expiring-soon', playbookId: 'refresh-tokens' },
    }
    expect(notificationsFor(checks(healthy, expiring, expiring), en)).toEqual([expected])
  })

  it('notifies when attention turns into broken', () => {
    const expiring = macState('healthy', '2026-11-10T08:00:00Z', '2026-10-28T08:00:00Z')
    expect(notificationsFor(checks(expiring, tokensExpired), en).map((n) => n.findingId)).toEqual([
      'tokens-expiring-soon',
      'tokens-expired',
    ])
  })
})
