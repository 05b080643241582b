// Renderer errors reach the app log through log:error: validated and capped by the contract's
// schema, redacted by the log, and rate-limited so a renderer in a crash loop cannot fill the disk.
import { describe, expect, it } from 'vitest'
import { testAppCore } from '../../helpers/appCores'
import { dispatch } from '../../../main/node/app/handlers'
import { parseRequest } from '../../../main/node/ipc/validate'
import { createAppLogger, readAppLog } from '../../../main/node/log/appLog'
import { tempHome } from '../../helpers/bundles'

function setup() {
  let now = Date.parse('2026-11-21T10:00:00Z')
  const home = tempHome()
  const log = createAppLogger({ homeDir: home, now: () => now })
  const core = testAppCore({ now: () => now, log })
  return { core, log, home, advance: (ms: number) => (now += ms) }
}

describe('log:error', () => {
  it('writes the renderer error to the app log, redacted, with its screen and first frames', async () => {
    const { core, log, home } = setup()
    const result = await dispatch(core.handlers, 'log:error', {
      source: 'boundary',
      screen: 'status',
      message: 'Cannot read properties of undefined (reading "psso") refresh_token=canaryRefresh9',
      stack: 'TypeError: x\n    at StatusScreen (app://bundle/assets/index.js:1:2)',
    })
    expect(result).toEqual({ ok: true, data: { logged: true } })
    await log.flush()
    const { text } = await readAppLog(home)
    expect(text).toContain(
      'ERROR renderer boundary on the status screen: Cannot read properties of undefined',
    )
    expect(text).toContain('at StatusScreen')
    expect(text).not.toContain('canaryRefresh9')
  })

  it('logs at most ten a minute', async () => {
    const { core, log, home, advance } = setup()
    const send = () => dispatch(core.handlers, 'log:error', { source: 'window', message: 'again' })
    for (let i = 0; i < 10; i++) expect(await send()).toEqual({ ok: true, data: { logged: true } })
    expect(await send()).toEqual({ ok: true, data: { logged: false } })
    advance(60_001)
    expect(await send()).toEqual({ ok: true, data: { logged: true } })
    await log.flush()
    expect((await readAppLog(home)).text.match(/again/g)).toHaveLength(11)
  })

  it('refuses an oversized or unknown report before any handler runs', () => {
    expect(parseRequest('log:error', { source: 'window', message: 'x'.repeat(2001) }).ok).toBe(false)
    expect(parseRequest('log:error', { source: 'elsewhere', message: 'x' }).ok).toBe(false)
    expect(parseRequest('log:error', { source: 'window', message: 'x', extra: 1 }).ok).toBe(false)
  })
})
