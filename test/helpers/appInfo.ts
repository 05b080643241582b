/** The desktop app's AppInfo as tests of main's core use it. */
import type { AppInfo } from '../../main/common/ipc/contract'

export const TEST_APP_INFO: AppInfo = {
  name: 'PSSO Helper',
  version: '1.2.3',
  preferredLanguages: ['en-US'],
  shell: 'electron',
  scenario: null,
  accentColor: null,
}
