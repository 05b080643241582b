/**
 * The helpdesk view's configuration section: the values the organisation's profile sets ("set by
 * your organisation") and every problem the reader found in it (a bad key falls back to its default).
 */
import { isSetByOrganization, type ConfigKey } from '../../../main/common/config/keys'
import { useT } from '../../i18n/useT'
import { selectConfig, selectConfigProvenance, useUiStore } from '../../stores/ui'
import { FactList } from '../FactList'

const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value))

export function ConfigurationFacts() {
  const t = useT()
  const config = useUiStore(selectConfig)
  const provenance = useUiStore(selectConfigProvenance)
  if (!config || !provenance) return null
  const managed = (Object.keys(provenance.sources) as ConfigKey[]).filter((key) =>
    isSetByOrganization(provenance.sources[key]),
  )
  return (
    <>
      {managed.length > 0 ? (
        <>
          <p className="secondary-text">{t('helpdesk.setByOrganization')}</p>
          <FactList rows={managed.map((key) => ({ label: key, value: show(config[key]) }))} />
        </>
      ) : (
        <p className="secondary-text">{t('helpdesk.configDefaults')}</p>
      )}
      {provenance.problems.length > 0 && (
        <>
          <h3>{t('helpdesk.configProblems')}</h3>
          <ul>
            {provenance.problems.map((problem) => (
              <li key={`${problem.source}:${problem.key ?? ''}:${problem.kind}`}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
