/**
 * A stage's notes, then its checklist beside the picture of its place (none for the app): the
 * current stage and the one macOS opens from it (the Mac-password sheet) are drawn alike. Nothing
 * of it when the stage has no notes, no checklist and happens in the app.
 */
import { visibleItems } from '../../../main/common/repair/session'
import type { PlaybookStep, RepairSession } from '../../../main/common/repair/types'
import { useLang } from '../../i18n/useT'
import { playbookCatalogue } from '../../repair/playbooks'
import { StagePicture } from './StagePicture'

export function StageBody({
  step,
  view,
}: {
  step: PlaybookStep
  /** The session: its macOS version and FileVault policy decide which lines show. */
  view: Pick<RepairSession, 'macOSMajor' | 'fileVaultTakesNewPassword'>
}) {
  const lang = useLang()
  const text = (key: string) => playbookCatalogue.text(key, lang)
  const items = (list: PlaybookStep['checklist']) =>
    visibleItems(list, view.macOSMajor, view.fileVaultTakesNewPassword ?? null)
  const notes = items(step.notes)
  const checklist = items(step.checklist)
  const place = step.place ?? 'app'
  return (
    <>
      {notes.map((key) => (
        <p key={key} className="stage-note">
          {text(key)}
        </p>
      ))}
      {(checklist.length > 0 || place !== 'app') && (
        <div className="stage-body">
          {checklist.length > 0 && (
            <ol className="stage-checklist">
              {checklist.map((key) => (
                <li key={key}>{text(key)}</li>
              ))}
            </ol>
          )}
          <StagePicture place={place} />
        </div>
      )}
    </>
  )
}
