// The Mac's identification is read once for the reports, bundles and helpdesk view of one run; a read
// that failed is tried again.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import type { AppInfo } from '../../../main/common/ipc/contract'
import type { DeviceIdentity } from '../../../main/common/model/deviceIdentity'
import { createAppCore } from '../../../main/node/app/core'
import { dispatch } from '../../../main/node/app/handlers'
import { createScenarioMac, fixtureDirsFor, SCENARIOS } from '../../../main/node/preview/scenarios'
import { readMacState } from '../../../main/node/probe/readMacState'
import { REPO } from '../../helpers/fakeSysroot'

const appInfo: AppInfo = {
  name: 'PSSO Helper',
  version: '1.2.3',
  preferredLanguages: ['en-US'],
  shell: 'electron',
  scenario: null,
  accentColor: null,
}
const HEALTHY_READ = await readMacState({
  system: createScenarioMac(SCENARIOS.healthy, fixtureDirsFor(REPO)).system,
  now: Date.now,
})
const DEVICE: DeviceIdentity = {
  serialNumber: 'C02FK1ABQ6L4',
  model: 'Mac14,2',
  modelName: 'MacBook Air',
  chip: 'Apple M2',
  computerName: 'Contoso-0142',
  problems: [],
}

async function coreWith(readDevice: () => Promise<DeviceIdentity>) {
  const core = createAppCore({
    read: async () => HEALTHY_READ,
    now: () => Date.parse('2026-05-02T09:00:00Z'),
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    config: () => DEFAULT_CONFIG,
    appInfo: () => appInfo,
    openExternal: async () => {},
    readDevice,
  })
  await core.stateOwner.recheck('start')
  return core
}

describe('the helpdesk outputs’ device identification', () => {
  it('runs the probe once for two captures and a device request, concurrent or not', async () => {
    let reads = 0
    const core = await coreWith(async () => {
      reads++
      await new Promise((resolve) => setTimeout(resolve, 20))
      return DEVICE
    })
    const [first, second] = await Promise.all([core.helpdesk.capture(), core.helpdesk.capture()])
    const device = await dispatch(core.handlers, 'helpdesk:device', undefined)
    expect(reads).toBe(1)
    expect(first?.device).toEqual(DEVICE)
    expect(second?.device).toEqual(DEVICE)
    expect(device).toEqual({ ok: true, data: DEVICE })
    core.dispose()
  })

  it('does not keep a read that failed or left a problem: the next request reads again', async () => {
    const results: Array<() => Promise<DeviceIdentity>> = [
      async () => {
        throw new Error('spawn failed')
      },
      async () => ({ ...DEVICE, serialNumber: null, problems: ['system_profiler timed out after 8000 ms'] }),
      async () => DEVICE,
    ]
    let reads = 0
    const core = await coreWith(() => results[reads++]!())
    expect((await core.helpdesk.capture())?.device).toBeNull()
    expect((await core.helpdesk.capture())?.device?.problems).toEqual([
      'system_profiler timed out after 8000 ms',
    ])
    expect((await core.helpdesk.capture())?.device).toEqual(DEVICE)
    expect(await dispatch(core.handlers, 'helpdesk:device', undefined)).toEqual({ ok: true, data: DEVICE })
    expect(reads).toBe(3)
    core.dispose()
  })
})
