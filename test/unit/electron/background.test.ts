// The Electron edge of the background checks, with Electron mocked: which system events start a
// check, what the notification and the menu-bar item do when clicked, and the Dock policy.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG } from '../../../main/common/config/appConfig'
import { createHistoryStore } from '../../../main/node/history/historyStore'
import { stateResultOf } from '../../../main/node/app/stateOwner'
import { createLanguageOwner } from '../../../main/node/i18n/languageOwner'
import { macState } from '../../helpers/builtStates'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class FakeNotification extends EventEmitter {
    static instances: FakeNotification[] = []
    static isSupported = () => true
    shown = false
    constructor(public options: { title: string; body: string; actions: Array<{ text: string }> }) {
      super()
      FakeNotification.instances.push(this)
    }
    show() {
      this.shown = true
    }
  }
  class FakeTray {
    static instances: FakeTray[] = []
    title = ''
    tooltip = ''
    image: unknown = null
    menu: Array<{ label?: string; enabled?: boolean; click?: () => void }> = []
    constructor(image: unknown) {
      this.image = image
      FakeTray.instances.push(this)
    }
    setImage(image: unknown) {
      this.image = image
    }
    setTitle(title: string) {
      this.title = title
    }
    setToolTip(tooltip: string) {
      this.tooltip = tooltip
    }
    setContextMenu(menu: FakeTray['menu']) {
      this.menu = menu
    }
    destroy() {}
  }
  const app = Object.assign(new EventEmitter(), {
    getPath: vi.fn(() => ''),
    quit: vi.fn(),
    dock: { show: vi.fn(async () => {}), hide: vi.fn() },
  })
  return {
    app,
    powerMonitor: new EventEmitter(),
    Notification: FakeNotification,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown) => template },
    nativeImage: {
      createFromBuffer: (buffer: Buffer) => ({
        buffers: [buffer],
        template: false,
        addRepresentation(rep: { buffer: Buffer }) {
          this.buffers.push(rep.buffer)
        },
        setTemplateImage(value: boolean) {
          this.template = value
        },
      }),
    },
  }
})
vi.mock('electron', () => electron)

const { startBackground, startAppBackground } = await import('../../../main/electron/background')

let dataDir: string
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-10T08:00:00Z') })
  dataDir = mkdtempSync(path.join(tmpdir(), 'psso-electron-'))
  electron.app.getPath.mockReturnValue(dataDir)
  electron.Notification.instances.length = 0
  electron.Tray.instances.length = 0
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dataDir, { recursive: true, force: true })
})

function start(states: ReturnType<typeof macState>[], menuBarOnly = false) {
  let call = 0
  const readState = vi.fn(async () => ({
    ok: true as const,
    state: states[Math.min(call++, states.length - 1)]!,
  }))
  const openApp = vi.fn()
  const copySupportCode = vi.fn()
  const background = startBackground({
    config: { ...DEFAULT_CONFIG, MenuBarOnly: menuBarOnly },
    language: 'en',
    history: createHistoryStore({ dir: dataDir }),
    readState,
    isPlaybookRunning: () => false,
    playbookFor: () => 're-register',
    openApp,
    copySupportCode,
    log: () => {},
  })
  return { background, readState, openApp, copySupportCode }
}
const tray = () => electron.Tray.instances[0]!
const click = (label: string) => tray().menu.find((item) => item.label === label)!.click!()

describe('background checks in Electron', () => {
  it('checks at start, on resume and on unlock (powerMonitor)', async () => {
    const { background, readState } = start([macState('healthy')])
    await vi.advanceTimersByTimeAsync(0)
    electron.powerMonitor.emit('resume')
    await vi.advanceTimersByTimeAsync(0)
    electron.powerMonitor.emit('unlock-screen')
    await vi.advanceTimersByTimeAsync(0)
    expect(readState).toHaveBeenCalledTimes(3)
    background.stop()
    electron.powerMonitor.emit('resume')
    await vi.advanceTimersByTimeAsync(0)
    expect(readState).toHaveBeenCalledTimes(3)
  })

  it('shows a native notification whose click and action open the fix', async () => {
    const { background, openApp } = start([macState('needsRegistration')])
    await vi.advanceTimersByTimeAsync(0)
    const [notification] = electron.Notification.instances
    expect(notification).toMatchObject({
      shown: true,
      options: { title: 'Your Mac sign-in needs fixing', actions: [{ type: 'button', text: 'Fix it…' }] },
    })
    notification!.emit('action', {}, 0)
    expect(openApp).toHaveBeenCalledWith({ findingId: 'user-needs-registration', playbookId: 're-register' })
    background.stop()
  })

  it('renders the menu-bar item as a template image and routes its menu', async () => {
    const { background, openApp, copySupportCode, readState } = start([macState('needsRegistration')])
    await vi.advanceTimersByTimeAsync(0)
    expect(tray().title).toBe('Fix sign-in')
    expect(tray().image).toMatchObject({ template: true })
    expect((tray().image as { buffers: Buffer[] }).buffers).toHaveLength(2)
    click('Fix it…')
    expect(openApp).toHaveBeenLastCalledWith({
      findingId: 'user-needs-registration',
      playbookId: 're-register',
    })
    click('Open PSSO Helper')
    expect(openApp).toHaveBeenLastCalledWith(null)
    click('Copy support code')
    expect(copySupportCode).toHaveBeenCalledWith(background.monitor.state)
    click('Check now')
    await vi.advanceTimersByTimeAsync(0)
    expect(readState).toHaveBeenCalledTimes(2)
    click('Quit PSSO Helper')
    expect(electron.app.quit).toHaveBeenCalled()
    background.stop()
  })

  it('hides the Dock icon when only the menu-bar item is left, if the admin chose so', () => {
    const { background } = start([macState('healthy')], true)
    electron.app.emit('window-all-closed')
    expect(electron.app.dock.hide).toHaveBeenCalledTimes(1)
    electron.app.emit('browser-window-created')
    expect(electron.app.dock.show).toHaveBeenCalledTimes(1)
    background.stop()
    electron.app.emit('window-all-closed')
    expect(electron.app.dock.hide).toHaveBeenCalledTimes(1)
  })

  it('follows MenuBarOnly when the profile changes, without a restart', () => {
    electron.app.dock.hide.mockClear()
    electron.app.dock.show.mockClear()
    const { background } = start([macState('healthy')], false)
    electron.app.emit('window-all-closed')
    expect(electron.app.dock.hide).not.toHaveBeenCalled()
    background.menuBarOnlyChanged(true)
    electron.app.emit('window-all-closed')
    expect(electron.app.dock.hide).toHaveBeenCalledTimes(1)
    // Switched off again: the Dock icon is back, and closing the window no longer hides it.
    background.menuBarOnlyChanged(false)
    expect(electron.app.dock.show).toHaveBeenCalledTimes(1)
    electron.app.emit('window-all-closed')
    expect(electron.app.dock.hide).toHaveBeenCalledTimes(1)
    background.stop()
  })
})

describe('background checks in the desktop app', () => {
  /** The parts of the app core the background uses: a state owner and the repair sessions. */
  function fakeCore(state: ReturnType<typeof macState>, systemLanguages: string[] = ['en-US']) {
    const stateListeners = new Set<(snapshot: { state: typeof state | null; checking: boolean }) => void>()
    const senders = new Set<(channel: string) => void>()
    let session: { outcome: string } | null = null
    const core = {
      language: createLanguageOwner({ configured: () => 'system', systemLanguages: () => systemLanguages }),
      stateOwner: {
        recheck: vi.fn(async (_reason: string) => {
          const snapshot = { state, checking: false, checkedAt: null, error: null, revision: 1, answers: {} }
          stateListeners.forEach((listener) => listener(snapshot))
          return snapshot
        }),
        // As the real owner: a recheck, turned into a result by the one conversion there is.
        readState: async (reason: string) => stateResultOf(await core.stateOwner.recheck(reason)),
        subscribe: (listener: (snapshot: { state: typeof state | null; checking: boolean }) => void) => {
          stateListeners.add(listener)
          return () => stateListeners.delete(listener)
        },
      },
      repair: {
        current: () => session,
        handle: vi.fn((command: { type: string }) => {
          if (command.type === 'start') session = { outcome: 'inProgress' }
          senders.forEach((send) => send('playbook:changed')) // as the real repair sessions publish
        }),
      },
      subscribe: (send: (channel: string) => void) => {
        senders.add(send)
        return () => senders.delete(send)
      },
    }
    const endPlaybook = () => {
      session = { outcome: 'fixed' }
      senders.forEach((send) => send('playbook:changed'))
    }
    return { core, endPlaybook }
  }

  it('reads through the state owner, starts the fix from the menu and re-checks when the playbook ends', async () => {
    const { core, endPlaybook } = fakeCore(macState('needsRegistration'))
    const showWindow = vi.fn()
    const background = startAppBackground(core as never, {
      config: { ...DEFAULT_CONFIG, AllowQuit: false },
      history: createHistoryStore({ dir: dataDir }),
      log: () => {},
      showWindow,
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(core.stateOwner.recheck).toHaveBeenCalledWith('schedule')
    click('Fix it…')
    expect(core.repair.handle).toHaveBeenCalledWith({
      type: 'start',
      playbookId: 'registration-required',
      findingId: 'user-needs-registration',
    })
    expect(showWindow).toHaveBeenCalled()
    expect(tray().menu.some((item) => item.label === 'Quit PSSO Helper')).toBe(false)
    endPlaybook()
    await vi.advanceTimersByTimeAsync(0)
    expect(core.stateOwner.recheck).toHaveBeenCalledTimes(2)
    background.stop()
  })

  it('speaks the language main decided in the menu and notifications: fr-FR then ja-JP is Japanese', async () => {
    const { core } = fakeCore(macState('needsRegistration'), ['fr-FR', 'ja-JP'])
    const background = startAppBackground(core as never, {
      config: DEFAULT_CONFIG,
      history: createHistoryStore({ dir: dataDir }),
      log: () => {},
      showWindow: () => {},
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(tray().menu.map((item) => item.label)).toContain('修復する…')
    expect(tray().title).toBe('要修復')
    const [notification] = electron.Notification.instances
    expect(notification!.options).toMatchObject({
      title: 'Mac のサインインの修復が必要です',
      body: 'この Mac 上のあなたのアカウントをもう一度登録する必要があります。',
      actions: [{ text: '修復する…' }],
    })
    // The switch in the window reaches main: the menu follows at once.
    await core.language.choose('en')
    expect(tray().menu.map((item) => item.label)).toContain('Fix it…')
    expect(tray().title).toBe('Fix sign-in')
    background.stop()
  })
})
