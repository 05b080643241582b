/**
 * The support code: the facts a first-line agent needs, in 15 symbols a user reads aloud
 * (`1A2B3-C4D5E-F6G7H`). Pure, so the renderer's "Enter a support code" field decodes it too.
 *
 * Layout: 14 data symbols = 70 bits, most significant first, then one check symbol (crockford.ts).
 * The first symbol is always the format version, in every format, so an older app recognises a
 * newer code instead of decoding it wrongly; older formats stay decodable. Format 2 carries the
 * running repair (repairPosition.ts) in the bits format 1 spent on a sixth finding-id bit. Every
 * field has a value for "unknown"; nothing personal is encoded (no names, UPN, tenant or device ID).
 */
import { FINDING_IDS, type FindingId } from '../diagnosis/findingIds'
import {
  PSSO_METHODS,
  USER_STATE_CLASSES,
  VERDICT_STATUSES,
  type MacState,
  type PssoMethod,
  type UserStateClass,
  type VerdictStatus,
} from '../model/macState'
import { t, type Language } from '../i18n'
import { macOSMajorMinorOf } from '../model/macOSVersion'
import { PLAYBOOK_IDS } from '../repair/playbookIds'
import { ALPHABET, checkPasses, checkValue, normaliseCode, symbolValues } from './crockford'
import {
  MAX_CODE_PLAYBOOKS,
  MAX_CODE_STEPS,
  PLAYBOOK_BITS,
  REPAIR_PHASES,
  REPAIR_STEP_TABLE,
  type RepairPosition,
} from './repairPosition'

export const SUPPORT_CODE_FORMAT = 2
const DATA_SYMBOLS = 14
const CODE_LENGTH = DATA_SYMBOLS + 1
const GROUP = 5
/** How many findings a code carries (the first ones: the thing to do first). */
export const CODE_FINDINGS = 3
/**
 * Field widths by format. Format 2 makes room for the running repair by narrowing the macOS version
 * (major 10–40 as an offset from 9, minor 0–14); finding ids keep 6 bits (63 findings; a test keeps
 * FINDING_IDS within) and the playbook takes 3 (7 playbooks).
 */
const LAYOUTS: Record<
  number,
  { majorBits: number; majorOffset: number; minorBits: number; findingBits: number }
> = {
  1: { majorBits: 6, majorOffset: 0, minorBits: 5, findingBits: 6 },
  2: { majorBits: 5, majorOffset: 9, minorBits: 4, findingBits: 6 },
}

export const TOKEN_AGE_BUCKETS = [
  'underAnHour',
  'underADay',
  'under7Days',
  'under14Days',
  'under30Days',
  '30DaysOrMore',
] as const
export type TokenAgeBucket = (typeof TOKEN_AGE_BUCKETS)[number]
const BUCKET_LIMIT_HOURS = [1, 24, 24 * 7, 24 * 14, 24 * 30, Infinity]

/** Everything a support code says. Null is "unknown" (never guessed). */
export interface SupportCodeFacts {
  formatVersion: number
  macOS: { major: number; minor: number | null } | null
  pssoReadable: boolean
  configured: boolean | null
  method: PssoMethod | null
  deviceRegistered: boolean | null
  userRegistered: boolean | null
  userStateClass: UserStateClass | null
  tokensPresent: boolean | null
  tokensExpired: boolean | null
  tokenAge: TokenAgeBucket | null
  companyPortalInstalled: boolean | null
  companyPortalMeetsMinimum: boolean | null
  verdict: VerdictStatus
  /** The first findings, in the state's order. */
  findings: FindingId[]
  /** The state had more findings than a code carries. */
  moreFindings: boolean
  /** The repair the user is in when the code was made; null when none runs (or format 1). */
  repair: RepairPosition | null
}

export type DecodeResult =
  | { ok: true; facts: SupportCodeFacts }
  | {
      ok: false
      reason: 'empty' | 'invalidCharacter' | 'mistyped' | 'newerFormat' | 'wrongLength'
      message: string
      /** For a mistyped code: symbols that sound alike and would make the check pass (ask about these). */
      soundAlikes?: SoundAlike[]
    }

/** "Symbol 8 may be D rather than T": a single change that makes the check pass. */
export interface SoundAlike {
  /** 1-based position in the 15 symbols. */
  position: number
  typed: string
  candidate: string
}

/** The facts a code carries, taken from the state model and the running repair, if any. */
export function supportCodeFacts(state: MacState, repair: RepairPosition | null = null): SupportCodeFacts {
  const { psso, companyPortal } = state
  const version = macOSMajorMinorOf(state.os.version)
  return {
    formatVersion: SUPPORT_CODE_FORMAT,
    macOS: version ? { major: version[0], minor: version[1] } : null,
    pssoReadable: psso.readable,
    configured: psso.configured,
    method: psso.method,
    deviceRegistered: psso.deviceRegistered,
    userRegistered: psso.user.registered,
    userStateClass: psso.user.stateClass,
    tokensPresent: psso.tokens.present,
    tokensExpired: psso.tokens.expired,
    tokenAge: tokenAgeBucket(psso.tokens.receivedAt, state.capturedAt),
    companyPortalInstalled: companyPortal.installed,
    companyPortalMeetsMinimum: companyPortal.meetsMinimum,
    verdict: state.verdict.status,
    findings: state.verdict.findings.slice(0, CODE_FINDINGS).map((f) => f.id),
    moreFindings: state.verdict.findings.length > CODE_FINDINGS,
    repair,
  }
}

/** How long before the capture the tokens were received; null when unknown or in the future. */
export function tokenAgeBucket(receivedAt: string | null, capturedAt: string): TokenAgeBucket | null {
  const hours = receivedAt ? (Date.parse(capturedAt) - Date.parse(receivedAt)) / 3_600_000 : NaN
  if (!(hours >= 0)) return null
  return TOKEN_AGE_BUCKETS[BUCKET_LIMIT_HOURS.findIndex((limit) => hours < limit)] ?? null
}

// ---- bit layout -------------------------------------------------------------------------------

/** Tri-state: 0 unknown, 1 no, 2 yes. */
const tri = (value: boolean | null) => (value === null ? 0 : value ? 2 : 1)
const fromTri = (value: number) => (value === 0 ? null : value === 2 ? true : value === 1 ? false : null)
/** Optional enum member: 0 unknown, else its index + 1. */
const optional = <T>(list: readonly T[], value: T | null) => (value === null ? 0 : list.indexOf(value) + 1)
const fromOptional = <T>(list: readonly T[], value: number): T | null => list[value - 1] ?? null

class BitWriter {
  private bits: number[] = []
  write(value: number, width: number) {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
      throw new RangeError(`support code field out of range: ${value} in ${width} bits`)
    for (let bit = width - 1; bit >= 0; bit--) this.bits.push((value >> bit) & 1)
  }
  symbols(count: number): number[] {
    const bits = [...this.bits, ...Array<number>(count * 5 - this.bits.length).fill(0)]
    return Array.from({ length: count }, (_, i) =>
      bits.slice(i * 5, i * 5 + 5).reduce((a, b) => a * 2 + b, 0),
    )
  }
}

class BitReader {
  private bits: number[]
  private position = 0
  constructor(symbols: readonly number[]) {
    this.bits = symbols.flatMap((s) => [4, 3, 2, 1, 0].map((bit) => (s >> bit) & 1))
  }
  read(width: number): number {
    let value = 0
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.position++] ?? 0)
    return value
  }
}

/** Encodes the state (and the running repair) as a grouped support code, e.g. `2A2B3-C4D5E-F6G7H`. */
export function encodeSupportCode(state: MacState, repair: RepairPosition | null = null): string {
  return encodeFacts(supportCodeFacts(state, repair))
}

/** Groups symbols 5-5-5 as the user reads them: `2a2b3c4` → `2A2B3-C4`. */
export function groupCode(symbols: string): string {
  return symbols.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? ''
}

export function encodeFacts(facts: SupportCodeFacts): string {
  const writer = new BitWriter()
  const layout = LAYOUTS[SUPPORT_CODE_FORMAT]!
  const majorField = facts.macOS ? facts.macOS.major - layout.majorOffset : 0
  const major = majorField > 0 && majorField < 2 ** layout.majorBits ? majorField : 0
  const minorValue = facts.macOS?.minor
  const minor = major && minorValue != null && minorValue + 1 < 2 ** layout.minorBits ? minorValue + 1 : 0
  writer.write(SUPPORT_CODE_FORMAT, 5)
  writer.write(major, layout.majorBits)
  writer.write(minor, layout.minorBits)
  writer.write(facts.pssoReadable ? 1 : 0, 1)
  writer.write(tri(facts.configured), 2)
  writer.write(optional(PSSO_METHODS, facts.method), 3)
  writer.write(tri(facts.deviceRegistered), 2)
  writer.write(tri(facts.userRegistered), 2)
  writer.write(optional(USER_STATE_CLASSES, facts.userStateClass), 3)
  writer.write(tri(facts.tokensPresent), 2)
  writer.write(tri(facts.tokensExpired), 2)
  writer.write(optional(TOKEN_AGE_BUCKETS, facts.tokenAge), 3)
  writer.write(tri(facts.companyPortalInstalled), 2)
  writer.write(tri(facts.companyPortalMeetsMinimum), 2)
  writer.write(VERDICT_STATUSES.indexOf(facts.verdict), 3)
  for (let i = 0; i < CODE_FINDINGS; i++)
    writer.write(optional(FINDING_IDS, facts.findings[i] ?? null), layout.findingBits)
  writer.write(facts.moreFindings ? 1 : 0, 1)
  const { repair } = facts
  const playbook = repair ? optional(PLAYBOOK_IDS, repair.playbookId) : 0
  const step =
    repair && repair.stepId !== null ? optional(REPAIR_STEP_TABLE[repair.playbookId], repair.stepId) : 0
  writer.write(playbook <= MAX_CODE_PLAYBOOKS ? playbook : 0, PLAYBOOK_BITS)
  writer.write(playbook && step <= MAX_CODE_STEPS ? step : 0, 5)
  writer.write(playbook ? optional(REPAIR_PHASES, repair?.phase ?? null) : 0, 2)
  const data = writer.symbols(DATA_SYMBOLS)
  return groupCode([...data, checkValue(data)].map((value) => ALPHABET[value]).join(''))
}

/**
 * Letters and digits people mishear on the phone (the English names of B, D, E, G, P, T, V, Z and 3
 * rhyme; M/N, F/S/X and A/J/K/8 sound close; in Japanese too they are read as English letters).
 */
const SOUND_ALIKE_GROUPS = ['BDEGPTVZ3', 'MN', 'FSX', 'AJK8', '59']
const soundsAlike = (a: string, b: string) =>
  SOUND_ALIKE_GROUPS.some((group) => group.includes(a) && group.includes(b))

/** Single sound-alike changes that would make a mistyped code's check pass (at most one per symbol). */
function soundAlikesOf(code: string, values: readonly number[]): SoundAlike[] {
  const found: SoundAlike[] = []
  values.forEach((value, position) => {
    const typed = code[position]!
    for (let candidate = 0; candidate < ALPHABET.length; candidate++) {
      if (candidate === value || !soundsAlike(typed, ALPHABET[candidate]!)) continue
      const changed = [...values]
      changed[position] = candidate
      if (checkPasses(changed)) found.push({ position: position + 1, typed, candidate: ALPHABET[candidate]! })
    }
  })
  return found
}

/**
 * Decodes what a person typed (any case, spaces, dashes). A mistyped, foreign or newer code is
 * reported in `language`, never guessed.
 */
export function decodeSupportCode(text: string, language: Language = 'en'): DecodeResult {
  const code = normaliseCode(String(text ?? '').slice(0, 200))
  if (code === '') return { ok: false, reason: 'empty', message: t(language, 'supportCode.error.empty') }
  const parsed = symbolValues(code)
  if ('invalidAt' in parsed)
    return {
      ok: false,
      reason: 'invalidCharacter',
      message: t(language, 'supportCode.error.invalidCharacter', {
        symbol: code[parsed.invalidAt]!,
        position: parsed.invalidAt + 1,
      }),
    }
  const { values } = parsed
  if (values.length !== CODE_LENGTH && values[0]! >= 1 && values[0]! <= SUPPORT_CODE_FORMAT)
    return {
      ok: false,
      reason: 'wrongLength',
      message: t(language, 'supportCode.error.wrongLength', { expected: CODE_LENGTH, count: values.length }),
    }
  if (values.length < 2 || !checkPasses(values)) {
    const soundAlikes = values.length === CODE_LENGTH ? soundAlikesOf(code, values) : []
    const message = t(language, 'supportCode.error.mistyped')
    const hint = soundAlikes.map((s) => t(language, 'supportCode.error.soundAlike', { ...s })).join(' ')
    return {
      ok: false,
      reason: 'mistyped',
      message: hint ? `${message} ${hint}` : message,
      soundAlikes,
    }
  }
  const format = values[0]!
  if (format > SUPPORT_CODE_FORMAT)
    return {
      ok: false,
      reason: 'newerFormat',
      message: t(language, 'supportCode.error.newerFormat', { format, supported: SUPPORT_CODE_FORMAT }),
    }
  if (format < 1 || values.length !== CODE_LENGTH)
    return {
      ok: false,
      reason: 'wrongLength',
      message: t(language, 'supportCode.error.wrongLength', { expected: CODE_LENGTH, count: values.length }),
    }
  return { ok: true, facts: readFacts(new BitReader(values.slice(0, DATA_SYMBOLS))) }
}

function readFacts(reader: BitReader): SupportCodeFacts {
  const formatVersion = reader.read(5)
  const layout = LAYOUTS[formatVersion]!
  const major = reader.read(layout.majorBits)
  const minor = reader.read(layout.minorBits)
  const facts: Omit<SupportCodeFacts, 'findings' | 'moreFindings' | 'repair'> = {
    formatVersion,
    macOS: major ? { major: major + layout.majorOffset, minor: minor ? minor - 1 : null } : null,
    pssoReadable: reader.read(1) === 1,
    configured: fromTri(reader.read(2)),
    method: fromOptional(PSSO_METHODS, reader.read(3)),
    deviceRegistered: fromTri(reader.read(2)),
    userRegistered: fromTri(reader.read(2)),
    userStateClass: fromOptional(USER_STATE_CLASSES, reader.read(3)),
    tokensPresent: fromTri(reader.read(2)),
    tokensExpired: fromTri(reader.read(2)),
    tokenAge: fromOptional(TOKEN_AGE_BUCKETS, reader.read(3)),
    companyPortalInstalled: fromTri(reader.read(2)),
    companyPortalMeetsMinimum: fromTri(reader.read(2)),
    verdict: VERDICT_STATUSES[reader.read(3)] ?? 'unknown',
  }
  const findings: FindingId[] = []
  for (let i = 0; i < CODE_FINDINGS; i++) {
    const id = fromOptional(FINDING_IDS, reader.read(layout.findingBits))
    if (id) findings.push(id)
  }
  const moreFindings = reader.read(1) === 1
  return { ...facts, findings, moreFindings, repair: formatVersion >= 2 ? readRepair(reader) : null }
}

function readRepair(reader: BitReader): RepairPosition | null {
  const playbookId = fromOptional(PLAYBOOK_IDS, reader.read(PLAYBOOK_BITS))
  const step = reader.read(5)
  const phase = fromOptional(REPAIR_PHASES, reader.read(2))
  if (!playbookId) return null
  return { playbookId, stepId: fromOptional(REPAIR_STEP_TABLE[playbookId], step), phase }
}
