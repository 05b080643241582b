// How the helpdesk finds the Mac in Intune: system_profiler and scutil through the one system module,
// in fake system roots where they are present, missing, slow and malformed.
import { afterEach, describe, expect, it } from 'vitest'
import { readDeviceIdentity } from '../../../main/node/helpdesk/deviceIdentity'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeSysroot, type FakeSysroot, type FakeSysrootSpec } from '../../helpers/fakeSysroot'

/** The shape system_profiler SPHardwareDataType -json prints on an Apple silicon Mac. */
const HARDWARE = JSON.stringify({
  SPHardwareDataType: [
    {
      _name: 'hardware_overview',
      activation_lock_status: 'activation_lock_disabled',
      boot_rom_version: '11881.61.3',
      chip_type: 'Apple M2',
      machine_model: 'Mac14,2',
      machine_name: 'MacBook Air',
      model_number: 'Z15S000CTD/A',
      number_processors: 'proc 8:4:4',
      os_loader_version: '11881.61.3',
      physical_memory: '16 GB',
      platform_UUID: '8D3F1C52-7E0A-5B1B-9C7E-2F9E1A3B4C5D',
      provisioning_UDID: '00008112-000A1D2E0C3B401E',
      serial_number: 'C02FK1ABQ6L4',
    },
  ],
})

let sysroot: FakeSysroot | undefined
afterEach(() => {
  sysroot?.cleanup()
  sysroot = undefined
})

function read(spec: FakeSysrootSpec, options?: { timeoutMs?: number }) {
  sysroot = createFakeSysroot(spec)
  return readDeviceIdentity(createSystemAccess({ ...defaultSystemDeps, env: sysroot.env }), options)
}

describe('device identification', () => {
  it('reads the serial number, model, chip and computer name with the documented arguments', async () => {
    const identity = await read({
      systemProfiler: { stdout: HARDWARE },
      scutil: { stdout: 'Alex’s MacBook Air\n' },
    })
    expect(identity).toEqual({
      serialNumber: 'C02FK1ABQ6L4',
      model: 'Mac14,2',
      modelName: 'MacBook Air',
      chip: 'Apple M2',
      computerName: 'Alex’s MacBook Air',
      problems: [],
    })
    expect(sysroot!.calls('systemProfiler')).toEqual([['SPHardwareDataType', '-json']])
    expect(sysroot!.calls('scutil')).toEqual([['--get', 'ComputerName']])
  })

  it('says which tool is missing and keeps what the other one read', async () => {
    const identity = await read({ scutil: { stdout: 'Contoso-0142\n' } })
    expect(identity.computerName).toBe('Contoso-0142')
    expect(identity.serialNumber).toBeNull()
    expect(identity.problems).toEqual(['system_profiler not found: /usr/sbin/system_profiler'])
    const neither = await read({})
    expect(neither.problems).toEqual([
      'system_profiler not found: /usr/sbin/system_profiler',
      'scutil not found: /usr/sbin/scutil',
    ])
  })

  it('gives up on a slow tool at its timeout, runs both at once, and keeps the fast one', async () => {
    const started = Date.now()
    const identity = await read(
      { systemProfiler: { hang: true }, scutil: { stdout: 'Contoso-0142\n', delayMs: 300 } },
      { timeoutMs: 700 },
    )
    const elapsed = Date.now() - started
    expect(identity.problems).toEqual(['system_profiler timed out after 700 ms'])
    expect(identity.computerName).toBe('Contoso-0142')
    // Concurrent: the slow tool's timeout, not the sum of both.
    expect(elapsed).toBeLessThan(700 + 300 + 900)
  })

  it('never guesses from malformed output', async () => {
    const notJson = await read({
      systemProfiler: { stdout: 'Hardware:\n  Serial Number: X\n' },
      scutil: { stdout: '\n' },
    })
    expect(notJson).toMatchObject({ serialNumber: null, computerName: null })
    expect(notJson.problems).toEqual([
      'system_profiler printed something that is not JSON',
      'scutil printed no usable computer name',
    ])
    const noEntry = await read({ systemProfiler: { stdout: '{"SPHardwareDataType": []}' } })
    expect(noEntry.problems[0]).toBe('system_profiler printed no SPHardwareDataType entry')
    const odd = await read({
      systemProfiler: {
        stdout: JSON.stringify({
          SPHardwareDataType: [
            { serial_number: 42, machine_model: 'x'.repeat(500), chip_type: 'Apple\u0007M2' },
          ],
        }),
      },
      scutil: { stderr: 'ComputerName: not set', exitCode: 1 },
    })
    expect(odd).toMatchObject({ serialNumber: null, model: null, chip: null, computerName: null })
    expect(odd.problems).toEqual(['scutil exited with code 1: ComputerName: not set'])
  })
})
