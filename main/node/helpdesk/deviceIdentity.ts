/**
 * Reads the Mac's identification for the helpdesk: system_profiler's hardware overview and the
 * computer name, concurrently, each with its own timeout and output cap. A missing, slow or odd tool
 * leaves its fields null and says why in `problems`; nothing is guessed.
 */
import { UNKNOWN_DEVICE, type DeviceIdentity } from '../../common/model/deviceIdentity'
import { describeToolResult, type SystemAccess, type ToolResult } from '../system/tools'

/** system_profiler SPHardwareDataType takes about a second on a busy Mac. */
export const SYSTEM_PROFILER_TIMEOUT_MS = 8_000
export const SCUTIL_TIMEOUT_MS = 3_000
const MAX_OUTPUT_BYTES = 256 * 1024
/** No real value is longer; a longer one is not an identifier we can show. */
const MAX_VALUE_LENGTH = 128

/** A printable one-line value, or null. */
function cleanValue(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  const hasControl = [...trimmed].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
  if (trimmed === '' || trimmed.length > MAX_VALUE_LENGTH || hasControl) return null
  return trimmed
}

/** The first SPHardwareDataType entry of `system_profiler -json`, or why there is none. */
export function parseHardwareOverview(
  stdout: string,
): Pick<DeviceIdentity, 'serialNumber' | 'model' | 'modelName' | 'chip'> | string {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch {
    return 'system_profiler printed something that is not JSON'
  }
  const entries = (json as { SPHardwareDataType?: unknown } | null)?.SPHardwareDataType
  const entry = Array.isArray(entries) ? (entries[0] as Record<string, unknown> | undefined) : undefined
  if (!entry || typeof entry !== 'object') return 'system_profiler printed no SPHardwareDataType entry'
  return {
    serialNumber: cleanValue(entry.serial_number),
    model: cleanValue(entry.machine_model),
    modelName: cleanValue(entry.machine_name),
    chip: cleanValue(entry.chip_type),
  }
}

const failure = (tool: string, result: ToolResult) => `${tool} ${describeToolResult(result)}`

export async function readDeviceIdentity(
  system: SystemAccess,
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<DeviceIdentity> {
  const [hardware, name] = await Promise.all([
    system.run('systemProfiler', ['SPHardwareDataType', '-json'], {
      timeoutMs: timeoutMs ?? SYSTEM_PROFILER_TIMEOUT_MS,
      maxOutputBytes: MAX_OUTPUT_BYTES,
    }),
    system.run('scutil', ['--get', 'ComputerName'], {
      timeoutMs: timeoutMs ?? SCUTIL_TIMEOUT_MS,
      maxOutputBytes: MAX_OUTPUT_BYTES,
    }),
  ])
  const identity: DeviceIdentity = { ...UNKNOWN_DEVICE, problems: [] }
  if (hardware.status === 'ok') {
    const parsed = parseHardwareOverview(hardware.stdout)
    if (typeof parsed === 'string') identity.problems.push(parsed)
    else Object.assign(identity, parsed)
  } else identity.problems.push(failure('system_profiler', hardware))
  if (name.status === 'ok') {
    identity.computerName = cleanValue(name.stdout)
    if (identity.computerName === null) identity.problems.push('scutil printed no usable computer name')
  } else identity.problems.push(failure('scutil', name))
  return identity
}
