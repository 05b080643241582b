/**
 * The support code the user reads aloud to the helpdesk: this state and the repair the user is in,
 * encoded by main/common/supportCode (the same code the report, the bundle and open-bundle give).
 */
import { repairPositionOf } from '../../main/common/supportCode/repairPosition'
import { encodeSupportCode } from '../../main/common/supportCode/supportCode'
import type { MacState } from '../../main/common/model/macState'
import type { PlaybookSessionView } from '../bridge'
import { useT } from '../i18n/useT'
import { selectActiveSession, useRepairStore } from '../stores/repair'
import { selectMacState, useStatusStore } from '../stores/status'
import { CopyButton } from './CopyButton'

const supportCodeOf = (state: MacState | null, session: PlaybookSessionView | null) =>
  state ? encodeSupportCode(state, repairPositionOf(session)) : null

/** The code of the current state and repair, or null before the first read; re-renders on changes. */
export function useSupportCode(): string | null {
  return supportCodeOf(useStatusStore(selectMacState), useRepairStore(selectActiveSession))
}

/** The same code read from the stores now, for an event handler (an action that copies or opens it). */
export function currentSupportCode(): string | null {
  return supportCodeOf(
    selectMacState(useStatusStore.getState()),
    selectActiveSession(useRepairStore.getState()),
  )
}

export function SupportCode() {
  const t = useT()
  const code = useSupportCode()
  if (!code) return null
  return (
    <p className="support-code-line">
      <span className="secondary-text">{t('supportCode.label')}</span> <code className="code">{code}</code>{' '}
      <CopyButton text={code} name={t('supportCode.label')} />
    </p>
  )
}
