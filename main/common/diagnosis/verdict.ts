/** The verdict derives from the findings and nothing else: the most severe finding decides. */
import type { Finding, Severity, VerdictStatus } from '../model/macState'
import { FINDING_PRIORITY } from './catalogue'

/** Most severe first. `info` findings never change the verdict. */
const SEVERITY_RANK: Record<Severity, number> = {
  unknown: 0,
  notConfigured: 1,
  broken: 2,
  attention: 3,
  info: 4,
}

export function verdictStatus(findings: readonly Finding[]): VerdictStatus {
  const worst = sortFindings(findings)[0]
  return !worst || worst.severity === 'info' ? 'healthy' : worst.severity
}

/** Orders findings so the first is the thing to do first: by severity, then the catalogue's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      FINDING_PRIORITY.indexOf(a.id) - FINDING_PRIORITY.indexOf(b.id),
  )
}
