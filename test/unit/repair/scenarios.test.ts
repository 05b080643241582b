// Scenario tests: each playbook driven through a sequence of probe results from a fake system
// root whose app-sso output changes between probes (before the reset, after it, registering,
// registered with fresh tokens), with a fake clock. Asserts the steps shown, the branches taken,
// success only on the Mac's evidence, and the bound when the evidence never comes.
import { writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { playbookForFindings } from '../../../main/common/diagnosis/catalogue'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { diagnosisContext, type DiagnosisContext } from '../../../main/common/diagnosis/rules'
import type { MacState } from '../../../main/common/model/macState'
import { PLAYBOOKS } from '../../../main/common/repair'
import {
  fileVaultContextOf,
  findStep,
  helpDue,
  HELP_AFTER_PROBES,
  stageOpenedFromCurrent,
  stagePath,
  visibleItems,
} from '../../../main/common/repair/session'
import { sessionView } from '../../../main/node/app/sessionView'
import { repairSessionSchema } from '../../../main/common/repair/schemas'
import { settingsPaneUrl, type RepairCommand, type RepairSession } from '../../../main/common/repair/types'
import { COMPANY_PORTAL_INFO_PLIST, readMacState } from '../../../main/node/probe/readMacState'
import { createRepairSessions } from '../../../main/node/repair/repairSessions'
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../../../main/node/repair/verificationLoop'
import { createSystemAccess, defaultSystemDeps } from '../../../main/node/system/tools'
import { createFakeClock } from '../../helpers/fakeClock'
import {
  createFakeSysroot,
  realCapture,
  synthetic,
  type FakeSysroot,
  type FakeSysrootSpec,
  type ToolResponse,
} from '../../helpers/fakeSysroot'

const BEFORE_RESET = { stdoutFile: realCapture('sequoia-password-registered.txt') }
const AFTER_RESET = { stdoutFile: synthetic('app-sso/synthetic-password-needs-registration.txt') }
const STALE_TOKENS = { stdoutFile: synthetic('app-sso/synthetic-password-registered-stale-tokens.txt') }
const NEEDS_NEW_KEYS = { stdoutFile: synthetic('app-sso/synthetic-password-needs-new-keys.txt') }
const FRESH = { stdoutFile: synthetic('app-sso/synthetic-password-registered-fresh-tokens.txt') }
const swVers = (version: string): ToolResponse => ({
  stdout: `ProductName:\t\tmacOS\nProductVersion:\t\t${version}\nBuildVersion:\t\t00A000\n`,
})
/** The morning of the reset: after the synthetic "after reset" capture, before "fresh tokens". */
const REPAIR_STARTS = '2026-05-02T08:20:00Z'

let sysroot: FakeSysroot | undefined
/** What a test leaves running: its session's loop and the probes still reading the fake root. */
let running: { sessions: { dispose: () => void }; probes: Set<Promise<unknown>> } | undefined
afterEach(async () => {
  // A probe may still be running its stub tools: stop the loop and let them finish before the
  // fake root is removed under them.
  running?.sessions.dispose()
  await Promise.allSettled(running?.probes ?? [])
  running = undefined
  sysroot?.cleanup()
})

function harness(spec: FakeSysrootSpec, policy: BackoffPolicy = DEFAULT_BACKOFF) {
  sysroot = createFakeSysroot(spec)
  const system = createSystemAccess({ ...defaultSystemDeps, env: sysroot.env })
  const clock = createFakeClock(REPAIR_STARTS)
  const published: RepairSession[] = []
  let lastState: MacState | null = null
  let ids = 0
  const probes = new Set<Promise<unknown>>()
  const probe = async () => {
    const reading = readMacState({ system, now: clock.now })
    probes.add(reading)
    void reading.finally(() => probes.delete(reading)).catch(() => {})
    return { ok: true as const, state: (await reading).state }
  }
  const sessions = createRepairSessions({
    probe,
    now: clock.now,
    timers: clock.timers,
    newId: () => `session-${++ids}`,
    // The app's own wiring (main/node/app/core.ts), over the last state read.
    macContext: () => fileVaultContextOf(lastState),
    publish: (session) => {
      // What crosses IPC must validate.
      if (session) published.push(repairSessionSchema.parse(session))
    },
    policy,
  })
  running = { sessions, probes }
  const session = () => sessions.current()!
  const send = (command: RepairCommand) => sessions.handle(command)
  const stepId = () => session().currentStepId
  /** Waits for the probe that is running (real stub tools) to be judged. */
  const probed = (attempts: number) =>
    vi.waitFor(() => expect(session().verification.attempts).toBeGreaterThanOrEqual(attempts), {
      timeout: 5000,
      interval: 5,
    })
  /** Fires the next backoff timer and waits for its probe. */
  const nextProbe = async () => {
    const attempts = session().verification.attempts
    const waited = clock.fireNext()
    expect(waited).not.toBeNull()
    await probed(attempts + 1)
    return waited!
  }
  /** Lets the backoff timers fire (fake clock) until the check holds. */
  const until = (check: () => void) =>
    vi.waitFor(
      () => {
        try {
          check()
        } catch (error) {
          clock.fireNext()
          throw error
        }
      },
      { timeout: 5000, interval: 10 },
    )
  return {
    until,
    sysroot,
    clock,
    published,
    session,
    send,
    stepId,
    probed,
    nextProbe,
    sessions,
    /** A probe outside the session (the app's normal status read), which also sets the macOS version. */
    readState: async (diagnosis?: DiagnosisContext) =>
      (lastState = (await readMacState({ system, now: clock.now, diagnosis })).state),
  }
}

describe('password reset in Entra (Password method)', () => {
  it('temporary password → password page → Users & Groups → the Mac moves on to the sign-in → verified, then after-care', async () => {
    const h = harness({ appSso: BEFORE_RESET })
    // Before the reset: healthy, nothing to repair.
    expect((await h.readState()).verdict.status).toBe('healthy')

    // After the reset, the user says IT reset the password: the first finding picks the playbook.
    h.sysroot.setResponses('appSso', AFTER_RESET)
    const { verdict } = await h.readState(
      diagnosisContext(DEFAULT_CONFIG, { reportedEntraPasswordReset: true }),
    )
    const offer = playbookForFindings(verdict.findings)
    expect(offer).toEqual({ findingId: 'password-changed-in-entra', playbookId: 'password-reset' })
    h.send({ type: 'start', ...offer! })
    expect(h.session()).toMatchObject({ startedAt: REPAIR_STARTS, macOSMajor: 15, outcome: 'inProgress' })
    await h.probed(1)
    expect(h.session().verification).toMatchObject({
      status: 'checking',
      missing: ['userRegistered', 'userStateNormal', 'tokensReceivedSinceStart'],
    })

    // The default path has four stages: this app, Users & Groups, the Mac-password sheet, the
    // Microsoft sign-in.
    expect(h.stepId()).toBe('temporary-password')
    expect(stagePath(h.session())).toEqual([
      'temporary-password',
      'open-users-and-groups',
      'enter-mac-password',
      'sign-in-microsoft',
    ])
    // A temporary password: the password page first, one more stage on this path only.
    h.send({ type: 'answer', stepId: 'temporary-password', answerId: 'yes' })
    expect(h.stepId()).toBe('set-permanent-password')
    expect(findStep(h.session())).toMatchObject({
      action: { kind: 'openPasswordChange' },
      advanceOnAction: true,
    })
    expect(stagePath(h.session())).toEqual([
      'temporary-password',
      'set-permanent-password',
      'open-users-and-groups',
      'enter-mac-password',
      'sign-in-microsoft',
    ])
    h.send({ type: 'next' })
    expect(h.stepId()).toBe('open-users-and-groups')
    expect(findStep(h.session())?.action).toEqual({ kind: 'openSettings', pane: 'usersAndGroups' })
    expect(settingsPaneUrl('usersAndGroups')).toBe(
      'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    )
    // Repair opens the sheet at once and the Mac shows nothing in between: its stage shows too.
    expect(stageOpenedFromCurrent(h.session())?.id).toBe('enter-mac-password')
    // The Mac password was taken (needs new keys): the session moves on to the sign-in by itself,
    // past both stages (the helpdesk sees both on the path).
    h.sysroot.setResponses('appSso', NEEDS_NEW_KEYS)
    await h.until(() => expect(h.stepId()).toBe('sign-in-microsoft'))
    expect(h.session().shownStepIds.slice(-3)).toEqual([
      'open-users-and-groups',
      'enter-mac-password',
      'sign-in-microsoft',
    ])
    expect(stageOpenedFromCurrent(h.session())).toBeNull()
    expect(h.session().outcome).toBe('inProgress')
    // Registered with tokens received after the start: verified, then the after-care screen.
    h.sysroot.setResponses('appSso', FRESH)
    await h.until(() => expect(h.session().outcome).toBe('verified'))
    expect(h.session()).toMatchObject({
      currentStepId: 'after-care',
      answers: { 'temporary-password': 'yes' },
      verification: { status: 'verified', missing: [] },
    })
    // After the fix, only what is true from now on: FileVault was said before the Settings stage,
    // where a restart could happen (policy-aware), never afterwards.
    expect(visibleItems(findStep(h.session())?.checklist, 15)).toEqual([
      'passwordReset.useNewPassword',
      'passwordReset.keychain',
    ])
    const settings = PLAYBOOKS['password-reset'].steps.find((s) => s.id === 'open-users-and-groups')!
    expect(visibleItems(settings.notes, 15, true)).toEqual([
      'passwordReset.signInNotification',
      'passwordReset.fileVault.newPassword',
    ])
    expect(visibleItems(settings.notes, 14, false)).toContain('passwordReset.fileVault.oldPassword')
    expect(h.clock.pending()).toEqual([])
    h.send({ type: 'next' })
    expect(h.session().currentStepId).toBeNull()
    expect(h.session().shownStepIds).toEqual([
      'temporary-password',
      'set-permanent-password',
      'open-users-and-groups',
      'enter-mac-password',
      'sign-in-microsoft',
      'after-care',
    ])
  })

  it('the bound counts from the last progress; waiting for the user is never failure; not fixed only after their part', async () => {
    const h = harness({ appSso: AFTER_RESET }, { ...DEFAULT_BACKOFF, maxAttempts: 3 })
    await h.readState()
    h.send({ type: 'start', playbookId: 'password-reset', findingId: 'password-changed-in-entra' })
    await h.probed(1)
    h.send({ type: 'answer', stepId: 'temporary-password', answerId: 'no' })
    expect(h.stepId()).toBe('open-users-and-groups')
    // A new stage starts a new bound.
    expect(h.session().verification.attempts).toBeLessThanOrEqual(1)
    await h.until(() => expect(h.session().verification).toMatchObject({ status: 'gaveUp', attempts: 3 }))
    // Still in Users & Groups: "waiting for you", with help, not "still not fixed".
    expect(sessionView(h.session()).phase).toBe('waiting')
    expect(h.clock.pending()).toEqual([])

    // "I've done this" (the Mac cannot tell Repair was clicked): the sheet's stage alone, then the
    // sign-in stage, each a new bound from now.
    h.send({ type: 'next' })
    expect(h.stepId()).toBe('enter-mac-password')
    expect(h.session().verification.status).toBe('checking')
    h.send({ type: 'next' })
    expect(h.stepId()).toBe('sign-in-microsoft')
    expect(h.session().verification.status).toBe('checking')
    await h.until(() => expect(h.session().verification.status).toBe('gaveUp'))
    // The user's part is done and the Mac never showed the fix: not fixed, with what is missing.
    expect(sessionView(h.session()).phase).toBe('notFixed')
    // "Needs registration" means not registered (psso.user.registered follows the user's state).
    expect(h.session().verification.missing).toEqual([
      'userRegistered',
      'userStateNormal',
      'tokensReceivedSinceStart',
    ])
    expect(h.published.some((s) => s.outcome === 'verified')).toBe(false)

    // Try the steps again: the first stage, no answers, a new bound.
    h.send({ type: 'retry' })
    expect(h.session()).toMatchObject({
      currentStepId: 'temporary-password',
      shownStepIds: ['temporary-password'],
      answers: {},
      verification: { status: 'checking' },
    })
    await h.probed(1)
    h.send({ type: 'handOff' })
    expect(h.session()).toMatchObject({
      playbookId: 'helpdesk-handoff',
      findingId: 'password-changed-in-entra',
      currentStepId: 'contact',
    })
    expect(h.published.find((s) => s.outcome === 'handedOff')?.verification.status).toBe('stopped')
  })

  it('offers help after a while without progress (about 3½ minutes), still watching; a new stage starts the count again', async () => {
    const h = harness({ appSso: AFTER_RESET })
    await h.readState()
    h.send({ type: 'start', playbookId: 'password-reset', findingId: 'password-changed-in-entra' })
    await h.probed(1)
    h.send({ type: 'answer', stepId: 'temporary-password', answerId: 'no' })
    await h.probed(1)
    const stageShown = h.clock.now()
    while (h.session().verification.attempts < HELP_AFTER_PROBES - 1) await h.nextProbe()
    expect(helpDue(h.session().verification)).toBe(false)
    await h.nextProbe()
    expect(helpDue(h.session().verification)).toBe(true)
    // Still the Mac's to tell: the stage keeps watching, nothing failed.
    expect(sessionView(h.session()).phase).toBe('verifying')
    const waitedMinutes = (h.clock.now() - stageShown) / 60_000
    expect(waitedMinutes).toBeGreaterThan(3)
    expect(waitedMinutes).toBeLessThan(4)
    // "I've done this": progress, so the count starts again on the sheet's stage.
    h.send({ type: 'next' })
    expect(h.stepId()).toBe('enter-mac-password')
    expect(helpDue(h.session().verification)).toBe(false)
    h.sessions.dispose()
  })

  it('on macOS 13 goes through Company Portal, and Back returns along the path taken', async () => {
    const h = harness({ appSso: AFTER_RESET, swVers: swVers('13.6.7') })
    await h.readState()
    h.send({ type: 'start', playbookId: 'password-reset', findingId: null })
    await h.probed(1)
    h.send({ type: 'answer', stepId: 'temporary-password', answerId: 'no' })
    expect(h.stepId()).toBe('open-company-portal')
    expect(findStep(h.session())?.action).toEqual({ kind: 'openCompanyPortal' })
    expect(stagePath(h.session())).toEqual([
      'temporary-password',
      'open-company-portal',
      'enter-mac-password',
      'sign-in-microsoft',
    ])
    // Company Portal's registration asks for the Mac password in the same sheet.
    expect(stageOpenedFromCurrent(h.session())?.id).toBe('enter-mac-password')
    h.send({ type: 'back' })
    expect(h.stepId()).toBe('temporary-password')
    await h.probed(1)
    h.sessions.dispose()
  })
})

describe('registration required', () => {
  it('Users & Groups, the Mac moves on to the sign-in when the Mac password was taken, verified when registered', async () => {
    const h = harness({
      appSso: { stdoutFile: synthetic('app-sso/synthetic-password-device-not-registered.txt') },
    })
    h.send({ type: 'start', playbookId: 'registration-required', findingId: 'device-not-registered' })
    expect(h.stepId()).toBe('open-users-and-groups')
    await h.probed(1)
    expect(h.session().verification.missing).toEqual([
      'deviceRegistered',
      'userRegistered',
      'userStateNormal',
      'tokensPresent',
    ])
    h.sysroot.setResponses('appSso', NEEDS_NEW_KEYS)
    await h.until(() => expect(h.stepId()).toBe('sign-in-microsoft'))
    h.sysroot.setResponses('appSso', FRESH)
    await h.until(() => expect(h.session()).toMatchObject({ outcome: 'verified', currentStepId: null }))
  })
})

describe('register the user on a registered Mac', () => {
  it('is verified once the user configuration appears', async () => {
    const h = harness({
      appSso: [
        { stdoutFile: realCapture('derived-user-not-registered.txt') },
        { stdoutFile: realCapture('derived-user-not-registered.txt') },
        { stdoutFile: realCapture('sequoia-secure-enclave-registered.txt') },
      ],
    })
    await h.readState()
    h.send({ type: 'start', playbookId: 'register-user', findingId: 'user-not-registered' })
    expect(h.stepId()).toBe('open-users-and-groups')
    await h.probed(1)
    expect(h.session().verification.missing).toEqual(['userRegistered', 'userStateNormal', 'tokensPresent'])
    await h.nextProbe()
    expect(h.session().outcome).toBe('verified')
  })
})

describe('refresh tokens', () => {
  it('asks about a password reset first ("No" by default); expired tokens → fresh tokens: verified; old tokens never count', async () => {
    const h = harness({
      appSso: [
        { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') },
        STALE_TOKENS,
        FRESH,
      ],
    })
    h.send({ type: 'start', playbookId: 'refresh-tokens', findingId: 'tokens-expired' })
    expect(h.stepId()).toBe('password-changed')
    expect(findStep(h.session())?.question?.answers[0]?.id).toBe('no')
    await h.probed(1)
    h.send({ type: 'answer', stepId: 'password-changed', answerId: 'no' })
    expect(h.stepId()).toBe('lock-and-unlock')
    expect(findStep(h.session())?.place).toBe('lockScreen')
    await h.probed(1)
    expect(h.session().verification).toMatchObject({
      status: 'checking',
      missing: ['tokensReceivedSinceStart'],
    })
    await h.nextProbe()
    expect(h.session().outcome).toBe('verified')
  })

  it('"Yes, it was reset" switches to the password-reset guide', async () => {
    const h = harness({ appSso: { stdoutFile: synthetic('app-sso/synthetic-password-tokens-expired.txt') } })
    h.send({ type: 'start', playbookId: 'refresh-tokens', findingId: 'tokens-expired' })
    h.send({ type: 'answer', stepId: 'password-changed', answerId: 'yes' })
    expect(h.session()).toMatchObject({ playbookId: 'password-reset', currentStepId: 'temporary-password' })
    await h.probed(1)
    h.sessions.dispose()
  })
})

describe('Secure Enclave: explain, do not repair', () => {
  it.each([
    ['14.7', 'passkey-settings-macos14', 'x-apple.systempreferences:com.apple.Passwords-Settings.extension'],
    // No documented id for AutoFill & Passwords: Users & Groups instead.
    [
      '15.6',
      'passkey-settings-macos15',
      'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    ],
  ])('macOS %s shows %s and never probes', async (version, passkeyStep, url) => {
    const h = harness({
      appSso: { stdoutFile: realCapture('sequoia-secure-enclave-registered.txt') },
      swVers: swVers(version),
    })
    await h.readState()
    const calls = h.sysroot.calls('appSso').length
    h.send({
      type: 'start',
      playbookId: 'secure-enclave-password',
      findingId: 'secure-enclave-password-expectation',
    })
    expect(h.session().verification.status).toBe('notNeeded')
    h.send({ type: 'next' })
    expect(h.stepId()).toBe(passkeyStep)
    const action = findStep(h.session())?.action
    expect(action?.kind === 'openSettings' && settingsPaneUrl(action.pane)).toBe(url)
    h.send({ type: 'next' })
    h.send({ type: 'next' })
    expect(h.session()).toMatchObject({ outcome: 'explained', currentStepId: null })
    expect(h.sysroot.calls('appSso')).toHaveLength(calls)
    expect(h.clock.pending()).toEqual([])
  })
})

describe('not configured', () => {
  it('is verified when the profile and Company Portal arrive', async () => {
    const h = harness({
      appSso: { stdoutFile: realCapture('not-configured.txt') },
      companyPortalVersion: null,
    })
    h.send({ type: 'start', playbookId: 'not-configured', findingId: 'psso-not-configured' })
    await h.probed(1)
    expect(h.session().verification.missing).toEqual(['configured', 'companyPortalReady'])
    // Company Portal is installed, the profile arrives.
    const plist = path.join(h.sysroot.root, COMPANY_PORTAL_INFO_PLIST)
    mkdirSync(path.dirname(plist), { recursive: true })
    writeFileSync(
      plist,
      '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleShortVersionString</key><string>5.2504.0</string></dict></plist>',
    )
    await h.nextProbe()
    expect(h.session().verification.missing).toEqual(['configured'])
    h.sysroot.setResponses('appSso', {
      stdoutFile: synthetic('app-sso/synthetic-password-device-not-registered.txt'),
    })
    await h.nextProbe()
    expect(h.session().outcome).toBe('verified')
  })
})

describe('helpdesk hand-off', () => {
  it('from any playbook: contact details, support code, keep open', async () => {
    const h = harness({ appSso: AFTER_RESET })
    h.send({ type: 'start', playbookId: 'refresh-tokens', findingId: 'tokens-missing' })
    h.send({ type: 'handOff' })
    expect(h.session()).toMatchObject({ playbookId: 'helpdesk-handoff', findingId: 'tokens-missing' })
    expect(findStep(h.session())?.action).toEqual({ kind: 'copyText', what: 'supportContact' })
    h.send({ type: 'next' })
    expect(findStep(h.session())?.action).toEqual({ kind: 'copyText', what: 'supportCode' })
    h.send({ type: 'next' })
    h.send({ type: 'next' })
    expect(h.session().outcome).toBe('explained')
    expect(h.clock.pending()).toEqual([])
  })

  it('ignores answers for a step that is not on screen', async () => {
    const h = harness({ appSso: AFTER_RESET })
    h.send({ type: 'start', playbookId: 'helpdesk-handoff', findingId: null })
    const before = h.session()
    h.send({ type: 'answer', stepId: 'temporary-password', answerId: 'yes' })
    expect(h.session()).toEqual(before)
  })
})
