/** About, as a Mac About window: the icon, the name and version, then what it reads and that it changes and sends nothing. */
import { APP_ICON_URL } from '../assets/appIcon'
import { useT } from '../i18n/useT'
import { selectAppInfo, selectConfig, useUiStore } from '../stores/ui'

export function AboutScreen() {
  const t = useT()
  const info = useUiStore(selectAppInfo)
  const config = useUiStore(selectConfig)
  return (
    <section className="screen about-screen">
      <div className="about-header">
        <img className="app-icon" src={APP_ICON_URL} alt={t('about.appIcon')} width={96} height={96} />
        <h1 tabIndex={-1}>{t('about.title')}</h1>
        {info && <p className="secondary-text">{t('about.version', { version: info.version })}</p>}
        {config?.OrganizationName && (
          <p className="secondary-text">{t('about.organisation', { name: config.OrganizationName })}</p>
        )}
      </div>
      <div className="group">
        <h2>{t('about.reads')}</h2>
        <p>{t('about.readsList')}</p>
        <p>{t('about.changesNothing')}</p>
        <p>{t('about.sendsNothing')}</p>
      </div>
    </section>
  )
}
