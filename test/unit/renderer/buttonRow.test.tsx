// The button row's keys: Return presses the default button, Escape the cancelling one, and a key
// typed into a field or on another button keeps its own meaning.
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ButtonRow } from '../../../renderer/components/ButtonRow'
import { useDefaultActionKeys } from '../../../renderer/hooks/useDefaultActionKeys'

afterEach(cleanup)

function Dialog(props: { onOk: () => void; onCancel: () => void; okDisabled?: boolean; sheet?: () => void }) {
  useDefaultActionKeys()
  return (
    <>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          Code <input />
        </label>
      </form>
      <button type="button">Other</button>
      <ButtonRow>
        <button type="button" data-cancel-action onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" data-default-action disabled={props.okDisabled} onClick={props.onOk}>
          OK
        </button>
      </ButtonRow>
      {props.sheet && (
        <div role="dialog" aria-modal="true" aria-label="Sheet">
          <ButtonRow>
            <button type="button" data-default-action onClick={props.sheet}>
              Done
            </button>
          </ButtonRow>
        </div>
      )}
    </>
  )
}

describe('ButtonRow keys', () => {
  it('Return presses the default button, Escape the cancelling one', async () => {
    const onOk = vi.fn()
    const onCancel = vi.fn()
    render(<Dialog onOk={onOk} onCancel={onCancel} />)
    await userEvent.keyboard('{Enter}')
    expect(onOk).toHaveBeenCalledTimes(1)
    await userEvent.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('lays the buttons out in one row, default last', () => {
    render(<Dialog onOk={() => {}} onCancel={() => {}} />)
    const row = screen.getByRole('button', { name: 'OK' }).parentElement!
    expect(row).toHaveClass('button-row')
    expect([...row.children].at(-1)).toHaveAttribute('data-default-action')
  })

  it('leaves Return to a text field and to another focused button', async () => {
    const onOk = vi.fn()
    render(<Dialog onOk={onOk} onCancel={() => {}} />)
    await userEvent.type(screen.getByLabelText('Code'), 'abc{Enter}')
    screen.getByRole('button', { name: 'Other' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(onOk).not.toHaveBeenCalled()
  })

  it('does nothing with a disabled default button or with a modifier', async () => {
    const onOk = vi.fn()
    render(<Dialog onOk={onOk} onCancel={() => {}} okDisabled />)
    await userEvent.keyboard('{Enter}{Meta>}{Enter}{/Meta}')
    expect(onOk).not.toHaveBeenCalled()
  })

  it('an open sheet takes the keys from the window behind it', async () => {
    const onOk = vi.fn()
    const sheet = vi.fn()
    render(<Dialog onOk={onOk} onCancel={() => {}} sheet={sheet} />)
    await userEvent.keyboard('{Enter}')
    expect(sheet).toHaveBeenCalledTimes(1)
    expect(onOk).not.toHaveBeenCalled()
  })
})
