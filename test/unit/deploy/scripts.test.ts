// The deployment scripts run against a fake Mac (a temporary folder standing in for /, stub tools
// that record their calls): the files they write, the calls they make, and what they refuse to do.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { parse } from 'plist'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_ID } from '../../../main/common/identity'
import { runCli } from '../../../main/node/cli/main'
import { defaultSystemDeps } from '../../../main/node/system/tools'
import { APP_BUNDLE, APP_EXECUTABLE, createFakeMac, type FakeMac } from '../../helpers/fakeMacRoot'
import {
  createFakeSysroot,
  realCapture,
  REPO,
  synthetic,
  type FakeSysrootSpec,
} from '../../helpers/fakeSysroot'

const POSTINSTALL = path.join(REPO, 'build/pkg-scripts/postinstall')
const UNINSTALL = path.join(REPO, 'deploy/uninstall.sh')
const ATTRIBUTE = path.join(REPO, 'deploy/intune/custom-attribute.sh')
const AGENT = `/Library/LaunchAgents/${APP_ID}.plist`
const INSTALL_LOG = `/Library/Logs/${APP_ID}/install.log`

let mac: FakeMac | undefined
afterEach(() => mac?.cleanup())
const fakeMac = (options?: Parameters<typeof createFakeMac>[0]) => (mac = createFakeMac(options))
/** The calls to these tools, in order. */
const toolCalls = (fake: FakeMac, ...tools: string[]) =>
  fake.calls().filter(([name]) => tools.includes(name!))

/** Every shell script we ship: pkg scripts, admin scripts, CI. */
function shellScripts(): string[] {
  const dirs = ['build/pkg-scripts', 'deploy', 'deploy/intune', '.ci']
  return dirs
    .flatMap((dir) => readdirSync(path.join(REPO, dir)).map((name) => path.join(REPO, dir, name)))
    .filter(
      (file) =>
        statSync(file).isFile() && /^#!\/(usr\/)?bin\/(env )?(ba)?sh/.test(readFileSync(file, 'utf8')),
    )
}

describe('shell scripts', () => {
  it('finds the scripts we ship', () => {
    expect(shellScripts().map((file) => path.relative(REPO, file))).toEqual(
      expect.arrayContaining([
        'build/pkg-scripts/postinstall',
        'deploy/uninstall.sh',
        'deploy/intune/custom-attribute.sh',
      ]),
    )
  })

  it.each(shellScripts().map((file) => [path.relative(REPO, file), file]))(
    '%s passes shellcheck',
    (_name, file) => {
      const result = spawnSync('shellcheck', ['--shell=bash', file], { encoding: 'utf8' })
      expect(result.error, 'shellcheck is not installed (npm test installs it as root)').toBeUndefined()
      expect(result.stdout).toBe('')
      expect(result.status).toBe(0)
    },
  )

  it.each(shellScripts().map((file) => [path.relative(REPO, file), file]))(
    '%s is executable (pkgbuild needs it)',
    (_name, file) => {
      expect(statSync(file).mode & 0o111).toBe(0o111)
    },
  )

  it.each([POSTINSTALL, UNINSTALL].map((file) => [path.relative(REPO, file), file]))(
    '%s names the app by APP_ID',
    (_name, file) => {
      expect(readFileSync(file!, 'utf8')).toContain(`readonly APP_ID="${APP_ID}"`)
    },
  )
  it('repeat one identical console-user lookup (each script must stand alone)', () => {
    const lookup = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^console_(state|user|uid)=/.test(line))
    expect(lookup(POSTINSTALL)).toHaveLength(3)
    expect(lookup(UNINSTALL)).toEqual(lookup(POSTINSTALL))
    expect(lookup(ATTRIBUTE)).toEqual(lookup(POSTINSTALL))
  })
})

describe('pkg postinstall', () => {
  it('writes the LaunchAgent, pre-warms Gatekeeper and starts the agent for the console user', () => {
    const fake = fakeMac()
    const result = fake.run(POSTINSTALL, ['/tmp/pkg', '/Applications', '/'])
    expect(result.status).toBe(0)

    const agent = parse(readFileSync(fake.path(AGENT), 'utf8')) as Record<string, unknown>
    expect(agent).toEqual({
      Label: APP_ID,
      ProgramArguments: [APP_EXECUTABLE],
      AssociatedBundleIdentifiers: [APP_ID],
      LimitLoadToSessionType: ['Aqua'],
      ProcessType: 'Interactive',
      RunAtLoad: true,
      KeepAlive: { SuccessfulExit: false },
    })
    expect(statSync(fake.path(AGENT)).mode & 0o777).toBe(0o644)
    expect(readdirSync(fake.path('/Library/LaunchAgents'))).toEqual([`${APP_ID}.plist`])

    const calls = toolCalls(fake, 'chown', 'gktool', 'launchctl')
    expect(calls[0]![0]).toBe('chown')
    expect(calls[0]![1]).toBe('root:wheel')
    expect(calls.slice(1)).toEqual([
      ['gktool', 'scan', APP_BUNDLE],
      ['launchctl', 'bootout', `gui/501/${APP_ID}`],
      ['launchctl', 'bootstrap', 'gui/501', fake.path(AGENT)],
    ])
    const log = readFileSync(fake.path(INSTALL_LOG), 'utf8')
    expect(log).toContain(`wrote ${AGENT}`)
    expect(log).toContain('started the agent for alice (uid 501)')
    expect(result.stdout).toBe(log)
  })

  it.each([['loginwindow'], ['_mbsetupuser'], ['root'], [null]])(
    'installs the agent but starts nothing when the console user is %s',
    (user) => {
      const fake = fakeMac()
      fake.setConsoleUser(user, 0)
      expect(fake.run(POSTINSTALL, ['', '', '/']).status).toBe(0)
      expect(existsSync(fake.path(AGENT))).toBe(true)
      expect(toolCalls(fake, 'launchctl')).toEqual([])
      expect(readFileSync(fake.path(INSTALL_LOG), 'utf8')).toContain('the agent starts at the next login')
    },
  )

  it('does nothing at all on a volume other than the boot volume', () => {
    const fake = fakeMac()
    const result = fake.run(POSTINSTALL, ['', '', '/Volumes/Backup'])
    expect(result.status).toBe(0)
    expect(existsSync(fake.path(AGENT))).toBe(false)
    expect(existsSync(fake.path(INSTALL_LOG))).toBe(false)
    expect(fake.calls()).toEqual([])
  })

  it('skips gktool before macOS 14', () => {
    const fake = fakeMac({ macOSVersion: '13.6.9' })
    expect(fake.run(POSTINSTALL, ['', '', '/']).status).toBe(0)
    expect(toolCalls(fake, 'gktool')).toEqual([])
    expect(readFileSync(fake.path(INSTALL_LOG), 'utf8')).toContain('macOS 13: no gktool scan')
  })

  it('fails without writing the agent when the app is not where the pkg put it', () => {
    const fake = fakeMac()
    spawnSync('rm', ['-rf', fake.path(APP_BUNDLE)])
    const result = fake.run(POSTINSTALL, ['', '', '/'])
    expect(result.status).toBe(1)
    expect(existsSync(fake.path(AGENT))).toBe(false)
    expect(toolCalls(fake, 'launchctl')).toEqual([])
  })

  it('reinstalls over itself (an upgrade): one agent file, restarted', () => {
    const fake = fakeMac()
    mkdirSync(path.dirname(fake.path(AGENT)), { recursive: true })
    writeFileSync(fake.path(AGENT), 'old')
    expect(fake.run(POSTINSTALL, ['', '', '/']).status).toBe(0)
    expect(fake.run(POSTINSTALL, ['', '', '/']).status).toBe(0)
    expect(readdirSync(fake.path('/Library/LaunchAgents'))).toEqual([`${APP_ID}.plist`])
    expect((parse(readFileSync(fake.path(AGENT), 'utf8')) as { Label: string }).Label).toBe(APP_ID)
    expect(toolCalls(fake, 'launchctl').map((call) => call[1])).toEqual([
      'bootout',
      'bootstrap',
      'bootout',
      'bootstrap',
    ])
  })
})

describe('uninstall script', () => {
  it('stops the agent and removes everything the pkg installed', () => {
    const fake = fakeMac()
    fake.run(POSTINSTALL, ['', '', '/'])
    const result = fake.run(UNINSTALL)
    expect(result.status).toBe(0)
    for (const item of [AGENT, APP_BUNDLE, `/Library/Logs/${APP_ID}`])
      expect(existsSync(fake.path(item))).toBe(false)
    const calls = toolCalls(fake, 'launchctl', 'pkill', 'pkgutil')
    expect(calls.slice(-3)).toEqual([
      ['launchctl', 'bootout', `gui/501/${APP_ID}`],
      ['pkill', '-x', 'PSSO Helper'],
      ['pkgutil', '--forget', APP_ID],
    ])
    expect(result.stdout).toContain(`removed ${AGENT}`)
    expect(existsSync(fake.path('/Library/LaunchAgents'))).toBe(true)
  })

  /** Every item of app data in a home folder, and neighbours that are not the app's. */
  const USER_DATA = [
    'Library/Application Support/PSSO Helper/history/history.jsonl',
    `Library/Logs/${APP_ID}/psso-helper.log`,
    `Library/Preferences/${APP_ID}.plist`,
    `Library/Caches/${APP_ID}/Cache.db`,
    'Library/Caches/PSSO Helper/data',
    `Library/HTTPStorages/${APP_ID}/httpstorages.sqlite`,
    `Library/Saved Application State/${APP_ID}.savedState/window.data`,
  ]
  const NOT_OURS = [
    'Library/Application Support/Other App/data',
    'Library/Preferences/com.apple.finder.plist',
    `Library/Logs/${APP_ID}.other/keep.log`,
    'Documents/PSSO Helper notes.txt',
  ]
  function macWithUserData() {
    const fake = fakeMac()
    fake.run(POSTINSTALL, ['', '', '/'])
    for (const user of ['alice', 'bob'])
      for (const file of [...USER_DATA, ...NOT_OURS]) {
        mkdirSync(path.dirname(fake.path(`/Users/${user}/${file}`)), { recursive: true })
        writeFileSync(fake.path(`/Users/${user}/${file}`), 'x')
      }
    mkdirSync(fake.path('/Users/Shared'), { recursive: true })
    return fake
  }
  const exists = (fake: FakeMac, user: string, file: string) =>
    existsSync(fake.path(`/Users/${user}/${file}`))

  it('keeps every user’s data without --all', () => {
    const fake = macWithUserData()
    expect(fake.run(UNINSTALL).status).toBe(0)
    for (const file of USER_DATA) expect(exists(fake, 'bob', file), file).toBe(true)
  })

  it('with --all also removes every local user’s data, and nothing else in their homes', () => {
    const fake = macWithUserData()
    const result = fake.run(UNINSTALL, ['--all'])
    expect(result.status).toBe(0)
    for (const user of ['alice', 'bob']) {
      for (const file of USER_DATA) {
        const item = file.split('/').slice(0, 3).join('/')
        expect(exists(fake, user, item), `${user}: ${item}`).toBe(false)
        expect(result.stdout).toContain(`removed /Users/${user}/${item}\n`)
      }
      for (const file of NOT_OURS) expect(exists(fake, user, file), `${user}: ${file}`).toBe(true)
    }
    for (const item of [AGENT, APP_BUNDLE]) expect(existsSync(fake.path(item))).toBe(false)
    // The console user's cached preferences are dropped as that user.
    expect(toolCalls(fake, 'launchctl')).toContainEqual([
      'launchctl',
      'asuser',
      '501',
      fake.path('/usr/bin/sudo'),
      '-u',
      'alice',
      fake.path('/usr/bin/defaults'),
      'delete',
      APP_ID,
    ])
    expect(result.stdout).toContain('removed the user data of every local user')
  })

  it('never removes through a symbolic link a user planted in their home', () => {
    const fake = macWithUserData()
    const target = fake.path('/Library/Elsewhere')
    mkdirSync(path.join(target, APP_ID), { recursive: true })
    writeFileSync(path.join(target, APP_ID, 'keep'), 'x')
    spawnSync('rm', ['-rf', fake.path('/Users/bob/Library/Logs')])
    symlinkSync(target, fake.path('/Users/bob/Library/Logs'))
    const result = fake.run(UNINSTALL, ['--all'])
    expect(result.status).toBe(0)
    expect(existsSync(path.join(target, APP_ID, 'keep'))).toBe(true)
    expect(result.stdout).toContain('/Users/bob/Library/Logs is a symbolic link')
    expect(exists(fake, 'bob', USER_DATA[0]!)).toBe(false)
  })

  it('refuses an unknown argument and removes nothing', () => {
    const fake = macWithUserData()
    const result = fake.run(UNINSTALL, ['--everything'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: uninstall.sh [--all]')
    expect(existsSync(fake.path(APP_BUNDLE))).toBe(true)
  })

  it('runs cleanly when nothing is installed and nobody is logged in', () => {
    const fake = fakeMac()
    fake.setConsoleUser('loginwindow', 0)
    spawnSync('rm', ['-rf', fake.path(APP_BUNDLE)])
    const result = fake.run(UNINSTALL)
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('removed')
    expect(toolCalls(fake, 'launchctl')).toEqual([])
  })
})

describe('Intune custom attribute', () => {
  /** The app's real `status --json` for a fake Mac state, as the packaged app would print it. */
  async function statusJson(spec: FakeSysrootSpec): Promise<string> {
    const sysroot = createFakeSysroot(spec)
    let stdout = ''
    try {
      await runCli(['status', '--json'], {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        system: { ...defaultSystemDeps, env: sysroot.env },
        now: () => Date.parse('2026-11-21T10:00:00Z'),
      })
    } finally {
      sysroot.cleanup()
    }
    return stdout
  }

  /** The version the fake app's Info.plist holds, as `defaults read` prints it. */
  const APP_VERSION = '2.3.4'
  const stubAppVersion = (fake: FakeMac, version: string) =>
    fake.stub(
      '/usr/bin/defaults',
      `[ "$1 $2 $3" = ${JSON.stringify(`read ${fake.path(`${APP_BUNDLE}/Contents/Info`)} CFBundleShortVersionString`)} ] || exit 1\necho ${JSON.stringify(version)}`,
    )

  /** A fake Mac whose app prints `json`, and whose osascript runs the script's JavaScript with Node. */
  function macWithApp(appBody: string) {
    const fake = fakeMac()
    stubAppVersion(fake, APP_VERSION)
    fake.stub(APP_EXECUTABLE, appBody)
    fake.stub(
      '/usr/bin/osascript',
      `code="$4"; shift 4\nexec node -e "$code\nconsole.log(run(process.argv.slice(1)))" "$@"`,
    )
    return fake
  }

  it('runs the CLI as the console user and prints one line with the verdict, method, registration and token expiry', async () => {
    const json = await statusJson({})
    const state = JSON.parse(json)
    const fake = macWithApp(`cat <<'JSON'\n${json}JSON`)
    const result = fake.run(ATTRIBUTE)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      `app=${APP_VERSION} verdict=${state.verdict.status} method=password device=registered user=registered tokens=expires:${state.psso.tokens.expiresAt} findings=none\n`,
    )
    expect(state.psso.tokens.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const asuser = toolCalls(fake, 'launchctl')[0]
    expect(asuser).toEqual([
      'launchctl',
      'asuser',
      '501',
      fake.path('/usr/bin/sudo'),
      '-u',
      'alice',
      fake.path(APP_EXECUTABLE),
      'status',
      '--json',
    ])
  })

  it('lists the findings and says when tokens have expired', async () => {
    const json = await statusJson({
      appSso: { stdoutFile: synthetic('app-sso/synthetic-password-needs-registration.txt') },
    })
    const state = JSON.parse(json)
    const fake = macWithApp(`cat <<'JSON'\n${json}JSON`)
    const line = fake.run(ATTRIBUTE).stdout
    expect(line).toContain(`verdict=${state.verdict.status} `)
    expect(line).toContain(`findings=${state.verdict.findings.map((f: { id: string }) => f.id).join(',')}\n`)
    expect(state.verdict.findings.length).toBeGreaterThan(0)
  })

  it('says "unknown" for what the app could not read', async () => {
    const json = await statusJson({ appSso: 'missing' })
    const fake = macWithApp(`cat <<'JSON'\n${json}JSON`)
    expect(fake.run(ATTRIBUTE).stdout).toMatch(
      /^app=2\.3\.4 verdict=unknown method=unknown device=unknown user=unknown tokens=unknown /,
    )
  })

  it.each([
    ['unreadable', null],
    ['not a version', '1.0; rm -rf /'],
    ['empty', ''],
  ])('says app=unknown when the installed version is %s', async (_name, version) => {
    const fake = macWithApp(`cat <<'JSON'\n${await statusJson({})}JSON`)
    if (version === null) fake.stub('/usr/bin/defaults', 'exit 1')
    else stubAppVersion(fake, version)
    expect(fake.run(ATTRIBUTE).stdout).toMatch(/^app=unknown verdict=healthy /)
  })

  it.each([
    [
      'the app is not installed',
      (fake: FakeMac) => spawnSync('rm', ['-rf', fake.path(APP_BUNDLE)]),
      'not installed',
    ],
    [
      'nobody is logged in',
      (fake: FakeMac) => fake.setConsoleUser('loginwindow', 0),
      `app=${APP_VERSION} no user logged in`,
    ],
    [
      'the CLI fails',
      (fake: FakeMac) => fake.stub(APP_EXECUTABLE, 'exit 3'),
      `app=${APP_VERSION} error=status-exit-3`,
    ],
    [
      'the CLI prints garbage',
      (fake: FakeMac) => fake.stub(APP_EXECUTABLE, 'echo "{not json"'),
      `app=${APP_VERSION} error=unreadable-status-output`,
    ],
  ])('prints one explanatory line when %s, as documented', (_name, arrange, expected) => {
    const fake = macWithApp('exit 0')
    arrange(fake)
    const result = fake.run(ATTRIBUTE)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${expected}\n`)
    const documented = expected.replace(`app=${APP_VERSION}`, 'app=<version>').replace(/-\d+$/, '-<n>')
    expect(readFileSync(path.join(REPO, 'docs/deploy-intune.md'), 'utf8')).toContain(`\`${documented}\``)
  })

  it('stops waiting for a CLI that hangs', () => {
    const fake = macWithApp('exec sleep 30')
    const result = fake.run(ATTRIBUTE, [], { PSSO_HELPER_TIMEOUT_SECONDS: '1' })
    expect(result.stdout).toBe(`app=${APP_VERSION} error=status-timed-out-after-1s\n`)
  })

  it('keeps its output to one short line whatever the app prints', async () => {
    const state = JSON.parse(
      await statusJson({ appSso: { stdoutFile: realCapture('sequoia-password-registered.txt') } }),
    )
    state.verdict.findings = Array.from({ length: 2000 }, () => ({
      id: 'tokens-expired',
      severity: 'broken',
      evidence: {},
    }))
    const fake = macWithApp(`cat <<'JSON'\n${JSON.stringify(state)}\nJSON`)
    const { stdout } = fake.run(ATTRIBUTE)
    expect(stdout.split('\n')).toHaveLength(2)
    expect(stdout.length).toBeLessThanOrEqual(1001)
  })
})
