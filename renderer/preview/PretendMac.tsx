/**
 * The preview's pretend Mac: beside the app's frame, the things a user would do on a real Mac at
 * this moment, in the order they meet them, each enabled only when possible. The demo's Mac moves
 * on only through these (or on time), never through the app's buttons. Mounted by the renderer's
 * entry only when the preview bridge was installed: the app's screens never know it is there.
 * A training tool for developers and the helpdesk, in the app's language (texts in the catalogue).
 */
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { PRETEND_MAC_ENDPOINT, type PretendMacAction } from '../../main/common/preview/pretendMac'
import { useLang, useT } from '../i18n/useT'
import './pretendMac.css'

const POLL_MS = 400

export function PretendMac() {
  const t = useT()
  const lang = useLang()
  const [actions, setActions] = useState<PretendMacAction[] | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch(PRETEND_MAC_ENDPOINT, { cache: 'no-store' })
        if (!stopped && response.ok)
          setActions(((await response.json()) as { actions: PretendMacAction[] }).actions)
      } catch {
        // The preview server went away: keep the last list.
      }
    }
    void poll()
    const timer = setInterval(poll, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [])

  const act = async (id: string) => {
    setBusy(true)
    const response = await fetch(PRETEND_MAC_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: id }),
    })
    const body = (await response.json()) as { actions?: PretendMacAction[] }
    if (body.actions) setActions(body.actions)
    setBusy(false)
  }

  if (actions === null) return null
  return (
    <aside className="pretend-mac" aria-labelledby="pretend-mac-title" lang={lang}>
      <h2 id="pretend-mac-title">{t('pretendMac.title')}</h2>
      {actions.length === 0 ? (
        <p>{t('pretendMac.nothingToDo')}</p>
      ) : (
        <ol>
          {actions.map((action) => (
            <li key={action.id}>
              <button
                type="button"
                data-pretend-mac-action={action.id}
                disabled={busy || !action.enabled}
                onClick={() => void act(action.id)}
              >
                {action.done ? t('pretendMac.done', { action: t(action.label) }) : t(action.label)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}

/** Mounts the pretend Mac below the app, in its own root (outside the app's frame). */
export function mountPretendMac(): void {
  const host = document.createElement('div')
  host.id = 'pretend-mac'
  document.body.append(host)
  createRoot(host).render(<PretendMac />)
}
