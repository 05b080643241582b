// The history timeline in the helpdesk view: headline facts and transitions, newest first, in the
// user's language; a shell without history says so.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { historyRecordFromState } from '../../../main/common/history/historyRecord'
import { macState } from '../../helpers/builtStates'
import { renderApp } from './renderApp'

afterEach(cleanup)

const history = [
  historyRecordFromState(macState('healthy', '2026-11-08T10:00:00Z')),
  historyRecordFromState(macState('needsRegistration', '2026-11-12T09:14:00Z', '2026-11-08T10:00:00Z')),
]

async function openHelpdesk(name: string) {
  await userEvent.click(await screen.findByRole('button', { name }))
}

describe('history timeline', () => {
  it('shows when registration was lost and each transition, newest first', async () => {
    renderApp({ state: macState('needsRegistration'), history })
    await openHelpdesk('Helpdesk view')
    const timeline = await screen.findByRole('list', { name: 'History on this Mac' })
    const entries = within(timeline).getAllByRole('listitem')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toHaveTextContent(
      'Verdict healthy → broken · Registration lost user-needs-registration',
    )
    expect(entries[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-11-12T09:14:00Z')
    expect(entries[1]).toHaveTextContent('First check: healthy')
    expect(screen.getByText(/^Registration lost on /)).toBeInTheDocument()
  })

  it('in Japanese', async () => {
    renderApp({ state: macState('needsRegistration'), history, preferredLanguages: ['ja-JP'] })
    await openHelpdesk('ヘルプデスク用の表示')
    const timeline = await screen.findByRole('list', { name: 'この Mac の履歴' })
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('判定 正常 → 問題あり')
    expect(screen.getByText(/^登録が失われた日時: /)).toBeInTheDocument()
  })
})
