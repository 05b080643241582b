/**
 * Findings as the helpdesk reads them: the helpdesk sentence first, then the user's sentence and
 * the finding's id (and, for this Mac or an opened bundle, its severity). The helpdesk view and the
 * support-code decoder show the same list.
 */
import type { ExplainedFinding } from '../../../main/common/supportCode/explain'
import { useT } from '../../i18n/useT'

export function FindingList({
  findings,
  showSeverity = false,
}: {
  findings: readonly ExplainedFinding[]
  showSeverity?: boolean
}) {
  const t = useT()
  if (findings.length === 0) return <p>{t('helpdesk.noFindings')}</p>
  return (
    <ol className="findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <p>{finding.helpdesk}</p>
          <p className="secondary-text">
            {finding.user} <code className="technical-name">{finding.id}</code>
            {showSeverity && <> ({finding.severity})</>}
          </p>
        </li>
      ))}
    </ol>
  )
}
