// The test seams are honoured in development builds only: the packaged app reads the real system.
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../main/node/history/historyLocation'
import { developmentSeam, ignoredSeams, isReleaseBuild } from '../../../main/node/system/developmentSeams'
import { resolveSystemPath } from '../../../main/node/system/tools'

const PACKAGED = { versions: { electron: '45.4.1' } }
const ELECTRON_DOT = { versions: { electron: '45.4.1' }, defaultApp: true }
const PLAIN_NODE = { versions: {} }
const env = { PSSO_HELPER_SYSROOT: '/tmp/fake-mac', PSSO_HELPER_DATA_DIR: '/tmp/fake-data' }

describe('development seams', () => {
  it('tell the packaged app from development runs', () => {
    expect(isReleaseBuild(PACKAGED)).toBe(true)
    expect(isReleaseBuild(ELECTRON_DOT)).toBe(false)
    expect(isReleaseBuild(PLAIN_NODE)).toBe(false)
    // This test process is plain Node: a development run.
    expect(isReleaseBuild()).toBe(false)
  })

  it('the packaged app runs the real app-sso and reads the real managed preferences, whatever the environment says', () => {
    expect(resolveSystemPath('/usr/bin/app-sso', env, PACKAGED)).toBe('/usr/bin/app-sso')
    expect(resolveSystemPath('/Library/Managed Preferences/io.github.psso-helper.plist', env, PACKAGED)).toBe(
      '/Library/Managed Preferences/io.github.psso-helper.plist',
    )
    expect(defaultDataDir(env, '/Users/u', PACKAGED)).toBe('/Users/u/Library/Application Support/PSSO Helper')
    expect(ignoredSeams(env, PACKAGED)).toEqual(['PSSO_HELPER_SYSROOT', 'PSSO_HELPER_DATA_DIR'])
  })

  it('development runs (the CLI from a checkout, electron .) honour them', () => {
    for (const proc of [ELECTRON_DOT, PLAIN_NODE]) {
      expect(resolveSystemPath('/usr/bin/app-sso', env, proc)).toBe('/tmp/fake-mac/usr/bin/app-sso')
      expect(defaultDataDir(env, '/Users/u', proc)).toBe('/tmp/fake-data')
      expect(ignoredSeams(env, proc)).toEqual([])
    }
    expect(developmentSeam({}, 'PSSO_HELPER_SYSROOT', PLAIN_NODE)).toBeUndefined()
    expect(developmentSeam({ PSSO_HELPER_SYSROOT: '' }, 'PSSO_HELPER_SYSROOT', PLAIN_NODE)).toBeUndefined()
  })
})
