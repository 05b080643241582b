/** docs/findings.md: the findings catalogue as a table for admins and helpdesk (generated). */
import { FINDINGS } from '../main/common/diagnosis/catalogue'
import type { FindingId } from '../main/common/diagnosis/findingIds'
import { t } from '../main/common/i18n'
import { SOURCES } from '../main/common/diagnosis/sources'

const cell = (text: string) => text.replace(/\|/g, '\\|')

export function findingsDoc(): string {
  const rows = Object.entries(FINDINGS).map(([id, entry]) =>
    [
      `\`${id}\``,
      entry.severity,
      cell(entry.triggers),
      cell(t('en', `finding.${id as FindingId}.user`)),
      cell(t('en', `finding.${id as FindingId}.helpdesk`)),
      entry.playbook ? `\`${entry.playbook}\`` : '–',
      entry.sources.map((key) => `[${key}](${SOURCES[key]})`).join(' '),
    ].join(' | '),
  )
  return [
    '# Findings catalogue',
    '',
    'Generated from `main/common/diagnosis/catalogue.ts` by `npm run generate`; do not edit. Listed in the',
    'order of what to do first (findings are sorted by severity, then by this order). Japanese texts are in',
    'the catalogue; `psso-helper guide <finding-id> [--lang ja]` prints the playbook that fixes each one.',
    '',
    '| id | severity | triggered by | for the user | for the helpdesk | playbook | sources |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n')
}
