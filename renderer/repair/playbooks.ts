/**
 * Plugs the playbooks, their texts and the findings catalogue (all in main/common) into the
 * renderer's catalogue seam. Texts are filled with the organisation's configuration
 * ({supportContact}, {passwordChangeUrl}) at the moment they are shown.
 */
import { DEFAULT_CONFIG } from '../../main/common/config/appConfig'
import { FINDINGS } from '../../main/common/diagnosis/catalogue'
import { isFindingId } from '../../main/common/diagnosis/findingIds'
import { t } from '../../main/common/i18n'
import { PLAYBOOKS } from '../../main/common/repair/index'
import { isTextKey, renderText, textValues } from '../../main/common/repair/texts'
import type { PlaybookId } from '../../main/common/repair/types'
import { SETTINGS_PANES, settingsPaneUrl, type SettingsPaneId } from '../../main/common/repair/urls'
import { useUiStore } from '../stores/ui'
import type { PlaybookCatalogue } from './session'

const playbookById = (id: string) => (Object.hasOwn(PLAYBOOKS, id) ? PLAYBOOKS[id as PlaybookId] : undefined)

/** The product's playbook catalogue: what the repair and status screens read. */
export const playbookCatalogue: PlaybookCatalogue = {
  playbook: playbookById,
  text: (key, lang) =>
    isTextKey(key)
      ? renderText(lang, key, textValues(lang, useUiStore.getState().config ?? DEFAULT_CONFIG))
      : key,
  playbookForFinding: (id) => (isFindingId(id) ? FINDINGS[id].playbook : null),
  findingText: (id, audience, lang) => (isFindingId(id) ? t(lang, `finding.${id}.${audience}`) : null),
  settingsPaneUrl: (pane) =>
    Object.hasOwn(SETTINGS_PANES, pane) ? settingsPaneUrl(pane as SettingsPaneId) : null,
}
