/** The app's version, from package.json (bundled into the CLI and the main process at build time). */
import packageJson from '../../package.json'

export const APP_VERSION: string = packageJson.version
