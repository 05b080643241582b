/**
 * Where the history lives: `history/` in the app's data folder, the folder Electron's
 * app.getPath('userData') names on a Mac (~/Library/Application Support/PSSO Helper). The CLI has
 * no Electron, so it derives the same path; PSSO_HELPER_DATA_DIR overrides it (tests, replays) in a
 * development build only.
 */
import path from 'node:path'
import { PRODUCT_NAME } from '../../common/identity'
import { developmentSeam, type ProcessKind } from '../system/developmentSeams'

export const HISTORY_FOLDER = 'history'

export function defaultDataDir(env: NodeJS.ProcessEnv, home: string, proc?: ProcessKind): string {
  return (
    developmentSeam(env, 'PSSO_HELPER_DATA_DIR', proc) ??
    path.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  )
}

export function historyDir(dataDir: string): string {
  return path.join(dataDir, HISTORY_FOLDER)
}
