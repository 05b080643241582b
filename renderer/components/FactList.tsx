/** A label/value list, optionally with a copy button per row (the helpdesk view). */
import type { FactRow } from '../facts'
import { CopyButton } from './CopyButton'

export function FactList({ rows, copyable = false }: { rows: readonly FactRow[]; copyable?: boolean }) {
  return (
    <dl className={copyable ? 'facts facts-raw' : 'facts'}>
      {rows.map((row) => (
        <div className="fact" key={row.label}>
          <dt>{row.label}</dt>
          <dd>
            <span className="fact-value">{row.value}</span>
            {copyable && <CopyButton text={row.value} name={row.label} />}
          </dd>
        </div>
      ))}
    </dl>
  )
}
