/** About: version, what the app reads, and that it changes nothing and sends nothing. */
import { useT } from '../i18n/useT'
import { selectAppInfo, selectConfig, useUiStore } from '../stores/ui'

export function AboutScreen() {
  const t = useT()
  const info = useUiStore(selectAppInfo)
  const config = useUiStore(selectConfig)
  return (
    <section className="screen about-screen">
      <h1 tabIndex={-1}>{t('about.title')}</h1>
      {info && <p>{t('about.version', { version: info.version })}</p>}
      {config?.OrganizationName && <p>{t('about.organisation', { name: config.OrganizationName })}</p>}
      <h2>{t('about.reads')}</h2>
      <p>{t('about.readsList')}</p>
      <p>{t('about.changesNothing')}</p>
      <p>{t('about.sendsNothing')}</p>
    </section>
  )
}
