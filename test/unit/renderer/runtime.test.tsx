// The renderer's unit tests run the runtime that ships (vitest.config.ts reuses vite.config.ts's
// aliases): JSX and Testing Library's render go through preact/compat, not React.
import { render, screen } from '@testing-library/react'
import { options } from 'preact'
import { expect, it } from 'vitest'

it('renders through Preact', () => {
  const created: unknown[] = []
  const previous = options.vnode
  options.vnode = (vnode) => {
    created.push(vnode.type)
    previous?.(vnode)
  }
  try {
    render(<p>rendered</p>)
  } finally {
    options.vnode = previous
  }
  expect(created).toContain('p')
  expect(screen.getByText('rendered').tagName).toBe('P')
})
