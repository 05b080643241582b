// The report a ticket can use: the guide per finding as numbered steps (the same text the `guide` CLI
// prints for the Mac's macOS version), the answers and when they were given, how to find the Mac in
// Intune, the support code and what it says; in the reader's language, technical keys unchanged.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { REPO } from '../../helpers/fakeSysroot'
import { formatGuide } from '../../../main/node/cli/commands/guide'
import { reportFromCapture } from '../../../main/node/helpdesk/outputs'
import { helpdeskCaptureOf } from '../../helpers/helpdeskCapture'

const helpdeskCapture = helpdeskCaptureOf()
const report = (language: 'en' | 'ja', format: 'markdown' | 'json' = 'markdown') =>
  reportFromCapture(
    helpdeskCapture,
    { pseudonymize: false, appVersion: 'test', now: () => Date.parse('2026-11-21T10:00:00Z'), language },
    format,
  )

describe.each(['en', 'ja'] as const)('the ticket report (%s)', (language) => {
  it('numbers the guide’s steps exactly as the guide CLI prints them for this macOS', () => {
    const json = JSON.parse(report(language, 'json'))
    const guide = json.guides.find((g: { findingId: string }) => g.findingId === 'user-not-registered').guide
    expect(guide.macOSMajor).toBe(15)
    const cli = formatGuide({ playbookId: guide.playbookId }, language, 15)
    const markdown = report(language)
    expect(guide.steps.length).toBeGreaterThanOrEqual(2)
    guide.steps.forEach((step: { text: string }, index: number) => {
      expect(cli).toContain(`${index + 1}. ${step.text}`)
      expect(markdown).toContain(`   ${index + 1}. ${step.text}`)
    })
  })

  it('carries the answers with their time, the device and the support code with its meaning', () => {
    const markdown = report(language)
    const json = JSON.parse(report(language, 'json'))
    expect(json.language).toBe(language)
    expect(json.answers).toEqual(helpdeskCapture.answers)
    expect(markdown).toContain('2026-11-21T09:58:00Z')
    expect(markdown).toContain('C02FK1ABQ6L4')
    expect(markdown).toContain('Contoso-0142')
    expect(markdown).toContain(`\`${json.supportCode}\``)
    expect(json.supportCodeFacts.findings[0]).toBe('user-not-registered')
    // Technical keys stay as they are in every language.
    expect(markdown).toContain('`psso.user.registered`')
  })
})

describe('the ticket report in Japanese', () => {
  it('is Japanese, not the English verdict and headings', () => {
    const markdown = report('ja')
    expect(markdown).toContain('# PSSO Helper レポート')
    expect(markdown).toContain('## Intune で Mac を探すための情報')
    expect(markdown).toContain('- シリアル番号 (`device.serialNumber`): C02FK1ABQ6L4')
    expect(markdown).toContain('**状態：サインインが壊れていて、修復が必要です。**（broken）')
    expect(markdown).toContain('ユーザの回答')
    expect(markdown).toContain('**いいえ**（2026-11-21T09:58:00Z）')
    expect(markdown).not.toMatch(/^## (Findings|Facts|History)$/m)
  })
})

describe('the JSON report’s schema (docs/report.schema.json)', () => {
  const schema = JSON.parse(readFileSync(path.join(REPO, 'docs/report.schema.json'), 'utf8'))
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
  it.each(['en', 'ja'] as const)('describes the real output (%s)', (language) => {
    const json = JSON.parse(report(language, 'json'))
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    // And it can fail: a report without its device section is not valid.
    const { device: _device, ...withoutDevice } = json
    expect(validate(withoutDevice)).toBe(false)
  })
})
