// Live configuration: an Intune profile added, changed or removed under a running app applies at the
// next read (every check, at least every 30 s), is logged with the keys and their source, and is
// pushed to the window; a removed profile falls back to the defaults.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'plist'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { APP_ID } from '../../../main/common/identity'
import { testAppCore } from '../../helpers/appCores'
import { CONFIG_POLL_MS, createLiveConfig } from '../../../main/node/config/liveConfig'
import { readConfig } from '../../../main/node/config/readConfig'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeClock } from '../../helpers/fakeClock'
import { createFakeSysroot, type FakeSysroot } from '../../helpers/fakeSysroot'

const DEVICE = `/Library/Managed Preferences/${APP_ID}.plist`
const USER = `/Users/alice/Library/Preferences/${APP_ID}.plist`
const alice = { name: 'alice', home: '/Users/alice' }

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function setup() {
  sysroot = createFakeSysroot({})
  const root = sysroot.root
  const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
  const read = () => readConfig({ system, user: alice })
  const lines: string[] = []
  const logger = {
    error: () => {},
    warn: (m: string) => lines.push(m),
    info: (m: string) => lines.push(m),
    debug: () => {},
  }
  const clock = createFakeClock('2026-11-21T10:00:00Z')
  const live = createLiveConfig({ initial: await read(), read, logger, timers: clock.timers })
  const write = (file: string, values: Record<string, string | number | boolean>) => {
    const target = path.join(root, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, build(values))
  }
  const remove = (file: string) => rmSync(path.join(root, file), { force: true })
  return { live, lines, write, remove, clock }
}

describe('live configuration', () => {
  it('a new device profile applies at the next read, logged with its keys and source', async () => {
    const { live, lines, write } = await setup()
    const pushed: (string | null)[] = []
    live.subscribe((config) => pushed.push(config.values.OrganizationName))
    expect(await live.refresh()).toBe(false)
    write(DEVICE, { OrganizationName: 'Contoso', CheckIntervalMinutes: 60 })
    expect(await live.refresh()).toBe(true)
    expect(live.current().values).toMatchObject({ OrganizationName: 'Contoso', CheckIntervalMinutes: 60 })
    expect(live.current().sources.OrganizationName).toBe('managed-device')
    expect(pushed).toEqual(['Contoso'])
    expect(lines).toEqual([
      'configuration changed: OrganizationName (default → managed-device), CheckIntervalMinutes (default → managed-device)',
    ])
  })

  it('a changed value and the user’s own preferences are picked up too', async () => {
    const { live, lines, write } = await setup()
    write(DEVICE, { OrganizationName: 'Contoso' })
    await live.refresh()
    write(DEVICE, { OrganizationName: 'Fabrikam' })
    write(USER, { Language: 'ja' })
    await live.refresh()
    expect(live.current().values).toMatchObject({ OrganizationName: 'Fabrikam', Language: 'ja' })
    expect(lines.at(-1)).toBe(
      'configuration changed: OrganizationName (managed-device), Language (default → user)',
    )
  })

  it('a removed profile falls back to the defaults the same way', async () => {
    const { live, lines, write, remove } = await setup()
    write(DEVICE, { OrganizationName: 'Contoso', ShowHelpdeskView: false })
    await live.refresh()
    remove(DEVICE)
    expect(await live.refresh()).toBe(true)
    expect(live.current().values).toEqual(DEFAULT_CONFIG)
    expect(lines.at(-1)).toBe(
      'configuration changed: OrganizationName (managed-device → default), ShowHelpdeskView (managed-device → default)',
    )
  })

  it('polls every 30 seconds, so a change applies within a minute with no check at all', async () => {
    const { live, write, clock } = await setup()
    live.startPolling()
    expect(clock.pending()).toEqual([CONFIG_POLL_MS])
    write(DEVICE, { OrganizationName: 'Contoso' })
    clock.fireNext()
    await vi.waitFor(() => expect(live.current().values.OrganizationName).toBe('Contoso'))
    await vi.waitFor(() => expect(clock.pending()).toEqual([CONFIG_POLL_MS]))
    live.stop()
    expect(clock.pending()).toEqual([])
  })

  it('the app core pushes the new configuration to the window', async () => {
    const { live, write } = await setup()
    const core = testAppCore({
      config: () => live.current().values,
      configProvenance: () => live.current(),
      configChanges: live.subscribe,
    })
    const pushes: Array<[string, unknown]> = []
    core.subscribe((channel, payload) => pushes.push([channel, payload]))
    write(DEVICE, { SupportPhone: '+1 555 0100' })
    await live.refresh()
    const config = pushes.find(([channel]) => channel === 'config:changed')?.[1] as {
      values: { SupportPhone: string }
    }
    expect(config.values.SupportPhone).toBe('+1 555 0100')
    core.dispose()
  })
})
