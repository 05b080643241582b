// One code per state and answers everywhere: the app (what its window shows and its report), the
// CLI's report, the bundle and open-bundle give the same support code for the same capture and
// answers, and the identification tools run on the helpdesk paths only, never for `status`.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { StateSnapshot } from '../../../main/common/ipc/contract'
import { repairPositionOf } from '../../../main/common/supportCode/repairPosition'
import { encodeSupportCode } from '../../../main/common/supportCode/supportCode'
import { testAppCore } from '../../helpers/appCores'
import { dispatch } from '../../../main/node/app/handlers'
import { readDeviceIdentity } from '../../../main/node/helpdesk/deviceIdentity'
import { readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeSysroot, synthetic, type FakeSysroot } from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

const NOW = Date.parse('2026-05-12T10:00:00Z')
const HARDWARE = JSON.stringify({
  SPHardwareDataType: [
    { serial_number: 'C02FK1ABQ6L4', machine_model: 'Mac14,2', machine_name: 'MacBook Air' },
  ],
})

let sysroot: FakeSysroot | undefined
afterEach(() => {
  sysroot?.cleanup()
  sysroot = undefined
})

/** A password-method Mac whose tokens expired: the user's "yes, my password was reset" changes the diagnosis. */
function macAfterReset() {
  sysroot = createFakeSysroot({
    appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') },
    systemProfiler: { stdout: HARDWARE },
    scutil: { stdout: 'Contoso-0142\n' },
  })
  return sysroot
}

const home = () => mkdtempSync(path.join(tmpdir(), 'psso-agree-'))
const cli = (argv: string[]) => runCliCaptured(argv, { env: sysroot!.env, homeDir: home(), now: () => NOW })

async function appCode(answer: boolean) {
  const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot!.env })
  const core = testAppCore({
    read: (diagnosis) => readMacState({ system, now: () => NOW, diagnosis }),
    now: () => NOW,
    readDevice: () => readDeviceIdentity(system),
  })
  try {
    await dispatch(core.handlers, 'state:recheck', undefined)
    if (answer) await dispatch(core.handlers, 'state:answer', { reportedEntraPasswordReset: true })
    const snapshot = (await dispatch(core.handlers, 'state:get', undefined)) as {
      ok: true
      data: StateSnapshot
    }
    const report = (await dispatch(core.handlers, 'helpdesk:report', undefined)) as {
      ok: true
      data: { text: string }
    }
    // What the window shows (renderer/components/SupportCode.tsx): the state and the running repair.
    const shown = encodeSupportCode(snapshot.data.state!, repairPositionOf(null))
    return { shown, report: /`([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5})`/.exec(report.data.text)?.[1] }
  } finally {
    core.dispose()
  }
}

describe('one support code everywhere', () => {
  it('the app, the CLI report, the bundle and open-bundle agree for the same capture and answers', async () => {
    macAfterReset()
    const app = await appCode(true)
    const report = JSON.parse((await cli(['report', '--json', '--answer', 'password-reset'])).stdout)
    const file = path.join(home(), 'bundle.zip')
    expect(
      (await cli(['bundle', '--out', file, '--without-unified-log', '--answer', 'password-reset'])).code,
    ).toBe(0)
    const inBundle = JSON.parse(strFromU8(unzipSync(readFileSync(file))['report.json']!))
    const opened = JSON.parse((await cli(['open-bundle', file, '--json'])).stdout)

    expect(report.state.verdict.findings.map((f: { id: string }) => f.id)).toContain(
      'password-changed-in-entra',
    )
    expect(app.report).toBe(app.shown)
    expect(report.supportCode).toBe(app.shown)
    expect(inBundle.supportCode).toBe(app.shown)
    expect(opened.capture.supportCode).toBe(app.shown)
    // The answer and its time travel with the report and the bundle.
    expect(report.answers).toEqual([
      { question: 'reportedEntraPasswordReset', answer: true, at: '2026-05-12T10:00:00Z' },
    ])
    expect(inBundle.answers).toEqual(report.answers)
  })

  it('differs when the answers differ (so the agreement above is not an accident)', async () => {
    macAfterReset()
    const without = JSON.parse((await cli(['report', '--json'])).stdout)
    const app = await appCode(false)
    expect(without.supportCode).toBe(app.shown)
    const withAnswer = JSON.parse((await cli(['report', '--json', '--answer', 'password-reset'])).stdout)
    expect(withAnswer.supportCode).not.toBe(without.supportCode)
  })

  it('runs system_profiler and scutil for the report, never for status', async () => {
    macAfterReset()
    await cli(['status'])
    await cli(['status', '--json'])
    expect(sysroot!.calls('systemProfiler')).toEqual([])
    expect(sysroot!.calls('scutil')).toEqual([])
    const report = JSON.parse((await cli(['report', '--json'])).stdout)
    expect(sysroot!.calls('systemProfiler')).toHaveLength(1)
    expect(report.device).toMatchObject({ serialNumber: 'C02FK1ABQ6L4', computerName: 'Contoso-0142' })
  })

  it('refuses an answer it does not know', async () => {
    macAfterReset()
    const { code, stderr } = await cli(['report', '--answer', 'maybe'])
    expect(code).toBe(2)
    expect(stderr).toContain('--answer must be one of: password-reset, mac-password-follows-entra')
  })
})
