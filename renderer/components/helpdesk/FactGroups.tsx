/**
 * "What the Mac shows", grouped (main/common/helpdesk/factGroups.ts): plain labels in the UI's
 * language, the technical name as secondary text. The organisation's configuration joins its group.
 */
import { factGroups } from '../../../main/common/helpdesk/factGroups'
import type { DeviceIdentity } from '../../../main/common/model/deviceIdentity'
import type { MacState } from '../../../main/common/model/macState'
import { formatDateTime } from '../../i18n'
import { useLang, useT } from '../../i18n/useT'
import { ConfigurationFacts } from './ConfigurationFacts'

export function FactGroups({
  state,
  device,
  showConfiguration,
}: {
  state: MacState
  device: DeviceIdentity | null
  /** The app's own configuration belongs to this Mac, not to an opened bundle's. */
  showConfiguration: boolean
}) {
  const t = useT()
  const lang = useLang()
  const groups = factGroups(state, { language: lang, formatTime: (iso) => formatDateTime(iso, lang), device })
  return (
    <div className="fact-groups">
      {groups.map((group) => (
        <section key={group.id} className="fact-group" aria-labelledby={`fact-group-${group.id}`}>
          <h3 id={`fact-group-${group.id}`}>{group.title}</h3>
          {group.facts.length > 0 ? (
            <dl className="facts">
              {group.facts.map((fact) => (
                <div className="fact" key={fact.technical}>
                  <dt>
                    {fact.label} <code className="technical-name">{fact.technical}</code>
                  </dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            group.id === 'evidence' && <p className="secondary-text">{t('helpdesk.noEvidence')}</p>
          )}
          {group.id === 'configuration' && showConfiguration && <ConfigurationFacts />}
        </section>
      ))}
    </div>
  )
}
