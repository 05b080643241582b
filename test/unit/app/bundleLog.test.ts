// A bundle carries the app log up to the moment it was asked for: lines still queued by the
// asynchronous log are written before the bundle reads the file.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DIAGNOSIS_CONTEXT } from '../../../main/common/diagnosis/rules'
import { testAppCore } from '../../helpers/appCores'
import { dispatch } from '../../../main/node/app/handlers'
import { createAppLogger } from '../../../main/node/log/appLog'
import { stateFromCapture } from '../../../main/node/probe/readMacState'
import { logOnlySystem, tempHome, unzipText } from '../../helpers/bundles'
import { captureOf } from '../../helpers/captures'
import { realCapture } from '../../helpers/fakeSysroot'

describe('a bundle saved from the window', () => {
  it('holds the log line written just before it was saved', async () => {
    const home = tempHome()
    const file = path.join(home, 'bundle.zip')
    const log = createAppLogger({ homeDir: home, now: Date.now })
    const capture = captureOf(readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8'))
    const core = testAppCore({
      read: async () => ({ state: stateFromCapture(capture, DEFAULT_DIAGNOSIS_CONTEXT), raw: capture }),
      log,
      files: {
        chooseSaveFile: async () => file,
        chooseOpenFile: async () => file,
        system: logOnlySystem(''),
        homeDir: home,
      },
    })
    await core.stateOwner.recheck('start')
    log.warn('the window stopped responding: reloading it')
    expect(await dispatch(core.handlers, 'helpdesk:saveBundle', undefined)).toEqual({
      ok: true,
      data: { path: file },
    })
    const files = unzipText(readFileSync(file))
    expect(files['logs/psso-helper.log']).toContain('WARN the window stopped responding: reloading it')
  })
})
