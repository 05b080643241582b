/** Copies text through main's clipboard and says "Copied" for a moment. */
import { useState } from 'react'
import { bridge } from '../bridge'
import { useT } from '../i18n/useT'

export function CopyButton({ text, name }: { text: string; name?: string }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    const result = await bridge.copyText({ text })
    setCopied(result.ok)
    if (result.ok) setTimeout(() => setCopied(false), 1500)
  }
  return (
    <button
      type="button"
      className="small"
      onClick={copy}
      // Its own text changes to "Copied": a polite live region, present before it changes, announces it.
      aria-live="polite"
      aria-label={name ? t('helpdesk.copyNamed', { name }) : undefined}
    >
      {copied ? t('helpdesk.copied') : t('helpdesk.copy')}
    </button>
  )
}
