// The app's own log: where it lives, its line format, its level, its bounded size, no secrets,
// written asynchronously (nothing touches the disk on the logging call itself).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appLogDir, createAppLogger, readAppLog } from '../../../main/node/log/appLog'
import { tempHome } from '../../helpers/bundles'

const at = (iso: string) => () => Date.parse(iso)

describe('app log', () => {
  it('writes plain lines with time and level under ~/Library/Logs/<app id>/', async () => {
    const home = tempHome()
    const logger = createAppLogger({ homeDir: home, now: at('2026-11-21T10:00:00Z') })
    logger.info('checked the Mac: healthy')
    logger.warn('app-sso timed out\nafter 10000 ms')
    await logger.flush()
    expect(appLogDir(home)).toBe(path.join(home, 'Library/Logs/io.github.psso-helper'))
    expect(readFileSync(path.join(appLogDir(home), 'psso-helper.log'), 'utf8')).toBe(
      '2026-11-21T10:00:00.000Z INFO checked the Mac: healthy\n' +
        '2026-11-21T10:00:00.000Z WARN app-sso timed out after 10000 ms\n',
    )
  })

  it('drops lines below the configured level', async () => {
    const home = tempHome()
    const logger = createAppLogger({ homeDir: home, now: at('2026-11-21T10:00:00Z'), level: 'warn' })
    logger.debug('detail')
    logger.info('info')
    logger.error('failure')
    await logger.flush()
    expect((await readAppLog(home)).text).toBe('2026-11-21T10:00:00.000Z ERROR failure\n')
  })

  it('never writes a secret, even when a message carries one', async () => {
    const home = tempHome()
    const logger = createAppLogger({ homeDir: home, now: at('2026-11-21T10:00:00Z') })
    logger.error('request failed: Authorization: Bearer canarySecretToken1 refresh_token=canaryRefresh2')
    logger.error('id token eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiIzIn0.c2lnbmF0dXJlMw')
    await logger.flush()
    const { text } = await readAppLog(home)
    expect(text).not.toMatch(/canarySecretToken1|canaryRefresh2|eyJhbGciOiJSUzI1NiJ9/)
    expect(text).toContain('request failed')
  })

  it('rotates and keeps the folder bounded, oldest lines dropped first', async () => {
    const home = tempHome()
    const logger = createAppLogger({
      homeDir: home,
      now: at('2026-11-21T10:00:00Z'),
      maxFileBytes: 1000,
      maxFiles: 3,
    })
    for (let i = 0; i < 500; i++) logger.info(`line ${String(i).padStart(4, '0')} ${'x'.repeat(40)}`)
    await logger.flush()
    const dir = appLogDir(home)
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['psso-helper.log', 'psso-helper.log.1', 'psso-helper.log.2'])
    const total = files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0)
    expect(total).toBeLessThanOrEqual(3000)
    const { text } = await readAppLog(home)
    expect(text).toContain('line 0499')
    expect(text).not.toContain('line 0000')
    // Oldest first, in order, across the rotated files.
    const numbers = [...text.matchAll(/line (\d{4})/g)].map((m) => Number(m[1]))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('never throws when the folder cannot be written', async () => {
    // A "home" that is a file: the log folder cannot be created under it.
    const home = path.join(tempHome(), 'not-a-folder')
    writeFileSync(home, '')
    const logger = createAppLogger({ homeDir: home, now: Date.now })
    expect(() => logger.error('still fine')).not.toThrow()
    await expect(logger.flush()).resolves.toBeUndefined()
  })

  it('does not touch the disk on the logging call: lines are queued and appended later', async () => {
    const home = tempHome()
    const logger = createAppLogger({ homeDir: home, now: at('2026-11-21T10:00:00Z') })
    logger.info('first')
    logger.info('second')
    expect(existsSync(appLogDir(home))).toBe(false)
    await logger.flush()
    expect((await readAppLog(home)).text).toBe(
      '2026-11-21T10:00:00.000Z INFO first\n2026-11-21T10:00:00.000Z INFO second\n',
    )
  })

  it('runs every message through the redaction hook it was given', async () => {
    const home = tempHome()
    const logger = createAppLogger({
      homeDir: home,
      now: at('2026-11-21T10:00:00Z'),
      redact: (message) => message.replace(/alice@contoso\.example/g, '[user]'),
    })
    logger.info('signed in as alice@contoso.example')
    await logger.flush()
    expect((await readAppLog(home)).text).toBe('2026-11-21T10:00:00.000Z INFO signed in as [user]\n')
  })

  it('keeps the queue bounded while the disk is slow, and says how many lines it dropped', async () => {
    const home = tempHome()
    const logger = createAppLogger({
      homeDir: home,
      now: at('2026-11-21T10:00:00Z'),
      maxFileBytes: 10_000_000,
    })
    for (let i = 0; i < 6000; i++) logger.info(`line ${i}`)
    await logger.flush()
    const { text } = await readAppLog(home)
    expect(text).toContain('log lines dropped')
    expect(text).toContain('line 5999')
    expect(text.split('\n').length).toBeLessThanOrEqual(5003)
  })
})
