import { describe, expect, it } from 'vitest'
import { cliArguments } from '../../../main/electron/launch'
import { COMMAND_NAMES } from '../../../main/node/cli/main'

const APP = '/Applications/PSSO Helper.app/Contents/MacOS/PSSO Helper'

describe('cliArguments', () => {
  it.each([
    // packaged
    [[APP], true, null],
    [[APP, 'status', '--json'], true, ['status', '--json']],
    [[APP, '-psn_0_123456'], true, null],
    [[APP, '--no-sandbox', 'help'], true, ['help']],
    [[APP, 'not-a-command'], true, null],
    // development: electron <app folder> …
    [['electron', '.'], false, null],
    [['electron', '.', 'status', '--json'], false, ['status', '--json']],
    [['electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.cjs'], false, null],
    [['electron', '--inspect=0', 'out/main/index.cjs', 'status'], false, ['status']],
  ] as const)('%o (packaged %s) → %o', (argv, packaged, expected) => {
    expect(cliArguments(argv, packaged, COMMAND_NAMES)).toEqual(expected)
  })
})
