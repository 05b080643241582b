// "Evidence from logs" tells what the SSO extension's log showed, as the report's sign-in log does:
// one fact per event, a standing error marked as a finding.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withVerdict } from '../../../main/common/diagnosis/rules'
import { factGroups } from '../../../main/common/helpdesk/factGroups'
import { parseSsoExtensionLog } from '../../../main/node/parsers/ssoExtensionLog'
import { healthyFacts } from '../../helpers/builtStates'
import { synthetic } from '../../helpers/fakeSysroot'

/** A Mac whose tokens came before the log's revoked grant (AADSTS50173, no fresh tokens since). */
function revokedGrant() {
  const facts = healthyFacts('2026-04-25T09:41:29Z')
  facts.psso.tokens.receivedAt = '2026-04-25T09:17:44Z'
  const events = parseSsoExtensionLog(
    readFileSync(synthetic('sso-extension-log/synthetic-aadsts50173.log'), 'utf8'),
  )
  facts.signInLog = { lastTokensAt: '2026-04-25T09:17:44Z', events }
  facts.probes.ssoExtensionLog = { status: 'ok', durationMs: 3, detail: null }
  return withVerdict(facts)
}

const evidenceOf = (state: ReturnType<typeof revokedGrant>, language: 'en' | 'ja') =>
  factGroups(state, { language, formatTime: (iso) => iso }).find((group) => group.id === 'evidence')!

describe('the evidence group', () => {
  it('lists the sign-in log’s events, the standing error as a finding', () => {
    const state = revokedGrant()
    expect(state.verdict.findings.map((f) => f.id)).toEqual(['password-changed-in-entra'])
    const evidence = evidenceOf(state, 'en')
    expect(evidence.title).toBe('Evidence from logs')
    expect(evidence.facts).toEqual([
      {
        label: '2026-04-25T09:17:44Z',
        technical: 'signInLog.events.0',
        value: 'tokens received (SSO extension log)',
      },
      {
        label: '2026-04-25T09:30:00Z',
        technical: 'signInLog.events.1',
        value: 'sign-in error AADSTS50173, no fresh tokens since: a finding',
      },
    ])
  })

  it('tells them in the reader’s language, times as the reader formats them', () => {
    const facts = factGroups(revokedGrant(), { language: 'ja', formatTime: (iso) => `<${iso}>` }).find(
      (group) => group.id === 'evidence',
    )!.facts
    expect(facts.map((fact) => fact.label)).toEqual(['<2026-04-25T09:17:44Z>', '<2026-04-25T09:30:00Z>'])
    expect(facts[1]!.value).toContain('AADSTS50173')
    expect(facts[1]!.value).not.toBe(evidenceOf(revokedGrant(), 'en').facts[1]!.value)
  })

  it('is empty when the log showed nothing', () => {
    expect(evidenceOf(withVerdict(healthyFacts()), 'en').facts).toEqual([])
  })
})
