/**
 * Decoding a code heard on the phone, like the CLI's `decode`: what it says, where the user is in
 * the repair, the findings and the guide for that Mac's macOS version, in the UI's language. The
 * field groups what is typed 5-5-5 and accepts lower case, spaces and dashes.
 */
import { useId, useState } from 'react'
import { normaliseCode } from '../../../main/common/supportCode/crockford'
import { groupCode } from '../../../main/common/supportCode/supportCode'
import { bridge, type DecodedSupportCode } from '../../bridge'
import { useLang, useT } from '../../i18n/useT'
import { FindingList } from './FindingList'

/** What the field shows for what was typed: symbols only, upper case, grouped 5-5-5. */
export const formatTypedCode = (typed: string) =>
  groupCode(
    normaliseCode(typed.slice(0, 40))
      .replace(/[^0-9A-Z]/g, '')
      .slice(0, 15),
  )

export function SupportCodeDecoder() {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const hintId = useId()
  const [code, setCode] = useState('')
  const [decoded, setDecoded] = useState<DecodedSupportCode | null>(null)
  const [error, setError] = useState<string | null>(null)
  const decode = async (event: React.FormEvent) => {
    event.preventDefault()
    const result = await bridge.decodeSupportCode({ code, language: lang })
    setDecoded(result.ok ? result.data : null)
    setError(
      result.ok
        ? null
        : result.error.code === 'notAvailable'
          ? t('helpdesk.notAvailable')
          : t('helpdesk.decodeFailed', { message: result.error.message }),
    )
  }
  return (
    <section className="support-code-decoder" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('helpdesk.decodeHeading')}</h2>
      <form className="support-code" onSubmit={decode}>
        <label htmlFor={id}>{t('helpdesk.supportCode')}</label>
        <p id={hintId} className="secondary-text">
          {t('helpdesk.decodeHint')}
        </p>
        <div className="inline">
          <input
            id={id}
            className="code-input"
            value={code}
            onChange={(e) => setCode(formatTypedCode(e.target.value))}
            aria-describedby={hintId}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXXX-XXXXX-XXXXX"
            maxLength={17}
          />
          <button type="submit" disabled={!code}>
            {t('helpdesk.decode')}
          </button>
        </div>
      </form>
      {error && <p role="alert">{error}</p>}
      {decoded && <DecodedCode decoded={decoded} />}
    </section>
  )
}

function DecodedCode({ decoded }: { decoded: DecodedSupportCode }) {
  const t = useT()
  const { guide } = decoded
  return (
    <div role="status" className="decoded-code">
      <h3>{t('helpdesk.decodedTitle', { code: decoded.code })}</h3>
      {decoded.repair && <p className="say-next">{decoded.repair}</p>}
      <h4>{t('helpdesk.decodedFindings')}</h4>
      <FindingList findings={decoded.findings} />
      {decoded.moreFindings && <p className="secondary-text">{t('helpdesk.decodedMoreFindings')}</p>}
      {guide && (
        <>
          <h4>
            {guide.macOSMajor === null
              ? t('helpdesk.decodedGuideAnyMacOS', { title: guide.title })
              : t('helpdesk.decodedGuide', { title: guide.title, macOS: guide.macOSMajor })}
          </h4>
          <ol className="guide-steps">
            {guide.steps.map((step) => (
              <li key={step.id}>
                {step.text}
                {step.helpdesk && <p className="secondary-text">{step.helpdesk}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      <h4>{t('helpdesk.decodedFacts')}</h4>
      <dl className="facts">
        {decoded.rows.map((row) => (
          <div className="fact" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
