/** Copies text through main's clipboard and says "Copied" for a moment. */
import { useState } from 'react'
import { bridge } from '../bridge'
import { useT } from '../i18n/useT'

/** `label` replaces the visible "Copy" (and is then the button's name); `name` says what a plain "Copy" copies. */
export function CopyButton({ text, name, label }: { text: string; name?: string; label?: string }) {
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
      aria-label={name && !label ? t('helpdesk.copyNamed', { name }) : undefined}
    >
      {copied ? t('helpdesk.copied') : (label ?? t('helpdesk.copy'))}
    </button>
  )
}
