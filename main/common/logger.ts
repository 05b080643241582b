/**
 * The logger every module may take as a dependency. Messages are plain sentences; the file logger
 * (main/node/log/appLog.ts) redacts them, so a careless message still cannot leak a secret.
 */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type Logger = Record<LogLevel, (message: string) => void> & {
  /** Resolves once every line so far is written; absent where nothing is buffered. */
  flush?: () => Promise<void>
}

export const silentLogger: Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} }
