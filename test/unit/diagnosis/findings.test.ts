// Every finding in the catalogue is triggered by a fixture (real where one exists, synthetic
// otherwise) through the real state reader, and none appears on the healthy real captures.
import { afterEach, describe, expect, it } from 'vitest'
import { FINDINGS, FINDING_PRIORITY } from '../../../main/common/diagnosis/catalogue'
import { FINDING_IDS, type FindingId } from '../../../main/common/diagnosis/findingIds'
import { DEFAULT_DIAGNOSIS_CONTEXT, type DiagnosisContext } from '../../../main/common/diagnosis/rules'
import type { MacState } from '../../../main/common/model/macState'
import { readMacState } from '../../../main/node/probe/readMacState'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import {
  createFakeSysroot,
  realCapture,
  synthetic,
  type FakeSysroot,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'

let sysroot: FakeSysroot | undefined
afterEach(() => sysroot?.cleanup())

async function stateOf(spec: FakeSysrootSpec, context: Partial<DiagnosisContext> = {}): Promise<MacState> {
  sysroot = createFakeSysroot(spec)
  const { state } = await readMacState({
    system: createSystemAccess({ ...defaultSystemDeps, env: sysroot.env }),
    now: () => Date.parse('2026-11-21T10:00:00Z'),
    diagnosis: { ...DEFAULT_DIAGNOSIS_CONTEXT, ...context },
  })
  return state
}

const appSso = (file: string) => ({ stdoutFile: file })
const profiles = (name: string) => ({ stdoutFile: synthetic(`profiles/${name}`) })
const SE_PROFILE = profiles('synthetic-secure-enclave.xml')

/** One fixture per finding: which files, which answers from the user. */
const TRIGGERS: Record<FindingId, { spec: FakeSysrootSpec; context?: Partial<DiagnosisContext> }> = {
  'state-unreadable': { spec: { appSso: appSso(synthetic('app-sso/synthetic-garbage.txt')) } },
  'psso-not-configured': { spec: { appSso: appSso(realCapture('not-configured.txt')) } },
  'company-portal-missing': {
    spec: { appSso: appSso(realCapture('not-configured.txt')), companyPortalVersion: null },
  },
  'company-portal-outdated': { spec: { companyPortalVersion: '5.2312.0' } },
  'device-not-registered': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-device-not-registered.txt')) },
  },
  'user-not-registered': {
    spec: { appSso: appSso(realCapture('derived-user-not-registered.txt')), profiles: SE_PROFILE },
  },
  'user-needs-registration': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) },
  },
  'user-needs-new-keys': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-new-keys.txt')) },
  },
  'user-state-unrecognized': {
    spec: {
      appSso: appSso(synthetic('app-sso/synthetic-secure-enclave-future-keys.txt')),
      profiles: SE_PROFILE,
    },
  },
  'tokens-missing': {
    spec: { appSso: appSso(realCapture('synthetic-no-tokens-empty-kerberos.txt')), profiles: SE_PROFILE },
  },
  'tokens-expired': { spec: { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expired.txt')) } },
  'tokens-expiring-soon': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expiring-soon.txt')) },
  },
  'password-changed-in-entra': {
    spec: { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) },
    context: { reportedEntraPasswordReset: true },
  },
  'secure-enclave-password-expectation': {
    spec: { appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')), profiles: SE_PROFILE },
    context: { expectsMacPasswordToFollowEntra: true },
  },
  'multiple-sso-payloads': {
    spec: {
      appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')),
      profiles: profiles('synthetic-two-sso-payloads.xml'),
    },
  },
  'method-mismatch': {
    // Registered with the Secure Enclave key, the profile now says Password.
    spec: { appSso: appSso(realCapture('sequoia-secure-enclave-registered.txt')) },
  },
  'passcode-policy-with-password-method': {
    spec: { profiles: profiles('synthetic-password-with-passcode-policy.xml') },
  },
  'configuration-unknown': { spec: { profiles: 'missing' } },
}

const ids = (state: MacState) => state.verdict.findings.map((f) => f.id)

describe('every finding has a fixture that triggers it', () => {
  it.each(FINDING_IDS)('%s', async (id) => {
    const { spec, context } = TRIGGERS[id]
    const state = await stateOf(spec, context)
    const finding = state.verdict.findings.find((f) => f.id === id)
    expect(finding, `findings: ${ids(state).join(', ')}`).toBeDefined()
    expect(finding!.severity).toBe(FINDINGS[id].severity)
  })
})

describe('the healthy real captures', () => {
  it.each([
    ['sequoia-password-registered.txt', profiles('synthetic-password.xml')],
    ['sequoia-secure-enclave-registered.txt', SE_PROFILE],
  ])('%s has no finding and a healthy verdict', async (capture, profile) => {
    const state = await stateOf({ appSso: appSso(realCapture(capture)), profiles: profile })
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
  })

  it('stays healthy when the user reports a reset but the Mac shows no sign of it', async () => {
    const state = await stateOf(
      {},
      { reportedEntraPasswordReset: true, expectsMacPasswordToFollowEntra: true },
    )
    expect(state.verdict).toEqual({ status: 'healthy', findings: [] })
  })
})

describe('rules that depend on context', () => {
  it('needs the user report before calling it an Entra password change', async () => {
    const spec = { appSso: appSso(synthetic('app-sso/synthetic-password-needs-registration.txt')) }
    expect(ids(await stateOf(spec))).toEqual(['user-needs-registration', 'tokens-missing'])
    const reported = await stateOf(spec, { reportedEntraPasswordReset: true })
    // The first finding is the thing to do first: the password-reset playbook.
    expect(ids(reported)).toEqual(['password-changed-in-entra', 'user-needs-registration', 'tokens-missing'])
    expect(reported.verdict.status).toBe('broken')
    expect(reported.verdict.findings[0]!.evidence).toMatchObject({
      method: 'password',
      'user.reportedEntraPasswordReset': true,
      'psso.user.stateName': 'POUserStateNeedsRegistration',
    })
  })

  it('does not call a Secure Enclave Mac a password change, whatever the user reports', async () => {
    const state = await stateOf(
      { appSso: appSso(realCapture('synthetic-no-tokens-empty-kerberos.txt')), profiles: SE_PROFILE },
      { reportedEntraPasswordReset: true },
    )
    expect(ids(state)).toEqual(['tokens-missing'])
  })

  it('warns of expiring tokens only inside the configured window', async () => {
    // Captured 23 h 17 min before expiry.
    const spec = { appSso: appSso(synthetic('app-sso/synthetic-password-tokens-expiring-soon.txt')) }
    const wide = await stateOf(spec, { tokenExpiryWarningHours: 24 })
    expect(wide.verdict.status).toBe('attention')
    expect(wide.verdict.findings[0]!.evidence).toEqual({
      'psso.tokens.expiresAt': '2026-05-09T09:17:43Z',
      capturedAt: '2026-05-08T10:00:00Z',
      warningHours: 24,
    })
    expect(ids(await stateOf(spec, { tokenExpiryWarningHours: 23 }))).toEqual([])
  })

  it('an explanation-only finding leaves the verdict healthy', async () => {
    const { spec, context } = TRIGGERS['secure-enclave-password-expectation']
    const state = await stateOf(spec, context)
    expect(state.verdict).toMatchObject({ status: 'healthy', findings: [{ severity: 'info' }] })
  })

  it('puts the unconfigured Mac first and Company Portal with it', async () => {
    const state = await stateOf(TRIGGERS['company-portal-missing'].spec)
    expect(state.verdict.status).toBe('notConfigured')
    expect(ids(state)).toEqual(['psso-not-configured', 'company-portal-missing'])
  })

  it('says nothing but unknown when app-sso cannot be read', async () => {
    const state = await stateOf({ appSso: 'missing', companyPortalVersion: null })
    expect(state.verdict).toEqual({
      status: 'unknown',
      findings: [
        { id: 'state-unreadable', severity: 'unknown', evidence: { 'probes.appSso.status': 'notFound' } },
      ],
    })
  })
})

describe('the catalogue', () => {
  it('orders every finding id exactly once', () => {
    expect([...FINDING_PRIORITY].sort()).toEqual([...FINDING_IDS].sort())
  })

  it.each(FINDING_IDS)('%s cites sources and explains itself in both languages', (id) => {
    const entry = FINDINGS[id]
    expect(entry.sources.length).toBeGreaterThan(0)
    for (const sentence of [entry.user, entry.helpdesk]) {
      expect(sentence.en).toMatch(/^[A-Z`].*[.)]$/)
      expect(sentence.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      expect(sentence.ja).toMatch(/。$/)
    }
    // End users never read the helpdesk's jargon.
    expect(entry.user.en).not.toMatch(/\bPRT\b|app-sso|token/i)
  })
})
