// What a repair takes its path from, read from this Mac's state: the macOS major version and
// whether the FileVault screen takes the new Microsoft password.
import { describe, expect, it } from 'vitest'
import { fileVaultContextOf } from '../../../main/common/repair/session'
import type { MacState } from '../../../main/common/model/macState'
import { macState } from '../../helpers/builtStates'

const on = (
  version: string | null,
  fileVaultPolicy: string | null,
  state = macState('healthy'),
): MacState => ({
  ...state,
  os: { ...state.os, version },
  psso: { ...state.psso, fileVaultPolicy },
})

describe('fileVaultContextOf', () => {
  it('takes the new password on macOS 15+ with a policy that attempts or requires authentication', () => {
    expect(fileVaultContextOf(on('15.6', 'AttemptAuthentication'))).toEqual({
      macOSMajor: 15,
      fileVaultTakesNewPassword: true,
    })
    expect(fileVaultContextOf(on('26.0.1', 'RequireAuthentication'))).toEqual({
      macOSMajor: 26,
      fileVaultTakesNewPassword: true,
    })
  })

  it('keeps the old password before macOS 15, and on 15+ without a policy', () => {
    expect(fileVaultContextOf(on('14.7', 'AttemptAuthentication'))).toEqual({
      macOSMajor: 14,
      fileVaultTakesNewPassword: false,
    })
    expect(fileVaultContextOf(on('15.6', null))).toEqual({ macOSMajor: 15, fileVaultTakesNewPassword: false })
  })

  it('does not know when app-sso could not be read, the version is unknown, or there is no state', () => {
    expect(fileVaultContextOf(on('15.6', 'AttemptAuthentication', macState('unreadable')))).toEqual({
      macOSMajor: 15,
      fileVaultTakesNewPassword: null,
    })
    expect(fileVaultContextOf(on(null, 'AttemptAuthentication'))).toEqual({
      macOSMajor: null,
      fileVaultTakesNewPassword: null,
    })
    expect(fileVaultContextOf(null)).toEqual({ macOSMajor: null, fileVaultTakesNewPassword: null })
  })
})
