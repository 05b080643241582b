/** The verdict's icon: shape AND colour, so no one depends on colour alone. */
import type { VerdictStatus } from '../../main/common/model/macState'
import { useT } from '../i18n/useT'

const PATHS: Record<VerdictStatus, string> = {
  healthy: 'M7 12.5l3.2 3.2L17 9', // check mark
  attention: 'M12 7v6M12 16.5v.5', // exclamation mark
  broken: 'M8.5 8.5l7 7M15.5 8.5l-7 7', // cross
  notConfigured: 'M8 12h8', // dash
  unknown: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 16.5v.5', // question mark
}

export function VerdictIcon({ status }: { status: VerdictStatus }) {
  const t = useT()
  return (
    <svg
      className={`verdict-icon verdict-icon-${status}`}
      viewBox="0 0 24 24"
      role="img"
      aria-label={t(`verdictIcon.${status}`)}
    >
      {status === 'attention' ? (
        <path d="M12 3L22 20H2Z" className="verdict-icon-shape" />
      ) : (
        <circle cx="12" cy="12" r="10" className="verdict-icon-shape" />
      )}
      <path d={PATHS[status]} className="verdict-icon-mark" />
    </svg>
  )
}
