// Which screenshots reach the README: every screen and every repair stage, in both languages and
// both schemes; nothing else the tests save.
import { describe, expect, it } from 'vitest'
import { chooseScreenshots, staleScreenshots } from '../../../scripts/screenshots'

describe('chooseScreenshots', () => {
  it('takes the screens and any repair stage, in en/ja and light/dark', () => {
    expect(
      chooseScreenshots([
        'status-password-reset-ja-dark.png',
        'status-healthy-en-light.png',
        'helpdesk-en-dark.png',
        'about-ja-light.png',
        'settings-en-light.png',
        'repair-users-and-groups-ja-light.png',
        'password-reset-fixed-en-dark.png',
        // Not for the README: other scenarios, odd names, other languages or schemes.
        'status-unreadable-en-light.png',
        'helpdesk-timeline-en.png',
        'about-fr-light.png',
        'about-en-sepia.png',
        'notes.txt',
      ]),
    ).toEqual([
      'about-ja-light.png',
      'helpdesk-en-dark.png',
      'password-reset-fixed-en-dark.png',
      'repair-users-and-groups-ja-light.png',
      'settings-en-light.png',
      'status-healthy-en-light.png',
      'status-password-reset-ja-dark.png',
    ])
  })

  it('removes from the README folder what no test takes any more, and keeps files written by hand', () => {
    expect(
      staleScreenshots(
        [
          'password-reset-2-password-changed-en-dark.png',
          'password-reset-1-question-en-dark.png',
          'helpdesk-en.png',
          'README.txt',
        ],
        ['password-reset-1-question-en-dark.png'],
      ),
    ).toEqual(['password-reset-2-password-changed-en-dark.png'])
  })
})
