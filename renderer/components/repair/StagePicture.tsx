/**
 * A simplified drawing of the place where the user acts, made in code (SVG) with the exact labels
 * in the user's language from the catalogue, the thing to click drawn in the accent colour. The
 * drawing is decoration for sighted users; the caption below it is the text alternative that says
 * where to click, so screen readers read it once.
 */
import type { ReactNode } from 'react'
import type { Place } from '../../../main/common/repair/types'
import { useT } from '../../i18n/useT'

type T = ReturnType<typeof useT>

/** A control in a drawing; `target` draws it as the thing to click. */
interface ControlProps {
  x: number
  y: number
  w: number
  label: string
  target?: boolean
}

/** A window frame with traffic lights and a title. */
function Window({
  x,
  y,
  w,
  h,
  title,
  children,
}: {
  x: number
  y: number
  w: number
  h: number
  title?: string
  children?: ReactNode
}) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={10} className="pic-window" />
      {[0, 1, 2].map((i) => (
        <circle key={i} cx={x + 16 + i * 16} cy={y + 15} r={5} className="pic-light" />
      ))}
      {title && (
        <text x={x + w / 2} y={y + 20} textAnchor="middle" className="pic-title">
          {title}
        </text>
      )}
      {children}
    </g>
  )
}

function Button({ x, y, w, label, target = false }: ControlProps) {
  return (
    <g className={target ? 'pic-target' : undefined}>
      <rect
        x={x}
        y={y}
        width={w}
        height={24}
        rx={6}
        className={target ? 'pic-button-target' : 'pic-button'}
      />
      <text
        x={x + w / 2}
        y={y + 16}
        textAnchor="middle"
        className={target ? 'pic-label-target' : 'pic-label'}
      >
        {label}
      </text>
      {target && <rect x={x - 4} y={y - 4} width={w + 8} height={32} rx={9} className="pic-ring" />}
    </g>
  )
}

function Field({ x, y, w, label, target = false }: ControlProps) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={24} rx={5} className="pic-field" />
      <text x={x + 8} y={y + 16} className="pic-placeholder">
        {label}
      </text>
      {target && <rect x={x - 4} y={y - 4} width={w + 8} height={32} rx={8} className="pic-ring" />}
    </g>
  )
}

function UsersAndGroups({ t }: { t: T }) {
  return (
    <Window x={60} y={4} w={400} h={190} title={t('repair.label.systemSettings')}>
      <rect x={60} y={30} width={100} height={164} className="pic-sidebar" />
      <rect x={64} y={44} width={92} height={20} rx={5} className="pic-selected" />
      <text x={70} y={58} className="pic-label-selected pic-small">
        {t('repair.label.usersAndGroups')}
      </text>
      <text x={176} y={52} className="pic-heading">
        {t('repair.label.usersAndGroups')}
      </text>
      <rect x={172} y={110} width={278} height={40} rx={6} className="pic-row" />
      <text x={180} y={134} className="pic-label">
        {t('repair.label.networkAccountServer')}
      </text>
      <Button x={378} y={118} w={64} label={t('repair.label.edit')} target />
      <Button x={270} y={160} w={84} label={t('repair.label.repair')} target />
      <Button x={362} y={160} w={84} label={t('repair.label.register')} />
    </Window>
  )
}

/** The sheet macOS opens over System Settings from Repair or Register: the Mac password. */
function PasswordSheet({ t }: { t: T }) {
  return (
    <>
      <g className="pic-behind">
        <Window x={20} y={4} w={480} h={190} title={t('repair.label.systemSettings')} />
      </g>
      <Window x={150} y={30} w={220} h={150} title={t('repair.label.singleSignOn')}>
        <text x={166} y={72} className="pic-label">
          {t('repair.label.enterPassword')}
        </text>
        <Field x={166} y={86} w={188} label={t('repair.label.password')} target />
        <Button x={166} y={136} w={88} label={t('repair.label.cancel')} />
        <Button x={266} y={136} w={88} label={t('repair.label.ok')} target />
      </Window>
    </>
  )
}

function MicrosoftSignIn({ t }: { t: T }) {
  return (
    <Window x={110} y={4} w={300} h={190} title="Microsoft">
      <rect x={130} y={40} width={12} height={12} className="pic-ms-1" />
      <rect x={144} y={40} width={12} height={12} className="pic-ms-2" />
      <rect x={130} y={54} width={12} height={12} className="pic-ms-3" />
      <rect x={144} y={54} width={12} height={12} className="pic-ms-4" />
      <text x={130} y={92} className="pic-heading">
        {t('repair.label.enterPassword')}
      </text>
      <Field x={130} y={106} w={260} label={t('repair.label.password')} target />
      <Button x={290} y={150} w={100} label={t('repair.label.signIn')} target />
    </Window>
  )
}

function LockScreen({ t }: { t: T }) {
  return (
    <g>
      <rect x={4} y={4} width={512} height={190} rx={12} className="pic-lock" />
      <circle cx={260} cy={70} r={30} className="pic-avatar" />
      <Field x={180} y={118} w={160} label={t('repair.label.password')} target />
    </g>
  )
}

function CompanyPortal({ t }: { t: T }) {
  return (
    <Window x={60} y={4} w={400} h={190} title={t('repair.label.preferences')}>
      <Button x={150} y={90} w={220} label={t('repair.label.registerDevice')} target />
    </Window>
  )
}

function Browser({ t }: { t: T }) {
  return (
    <Window x={60} y={4} w={400} h={190}>
      <rect x={140} y={10} width={240} height={18} rx={5} className="pic-field" />
      <Field x={140} y={70} w={240} label={t('repair.label.password')} />
      <Field x={140} y={110} w={240} label={t('repair.label.newPassword')} target />
      <Button x={280} y={150} w={100} label={t('repair.label.ok')} target />
    </Window>
  )
}

const DRAWINGS: Record<Exclude<Place, 'app'>, (props: { t: T }) => ReactNode> = {
  usersAndGroups: UsersAndGroups,
  passwordSheet: PasswordSheet,
  microsoftSignIn: MicrosoftSignIn,
  lockScreen: LockScreen,
  companyPortal: CompanyPortal,
  browser: Browser,
}

export function StagePicture({ place }: { place: Place }) {
  const t = useT()
  if (place === 'app') return null
  const Drawing = DRAWINGS[place]
  return (
    <figure className="stage-picture">
      <svg viewBox="0 0 520 200" aria-hidden="true" focusable="false">
        <Drawing t={t} />
      </svg>
      <figcaption>{t(`repair.picture.${place}`)}</figcaption>
    </figure>
  )
}
