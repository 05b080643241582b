/**
 * How the helpdesk finds this Mac in Intune: the serial number, the model and the computer name.
 * Read only on the helpdesk paths (report, bundle, helpdesk view), never on the status path.
 * Identifiers like the UPN: kept by default, pseudonymised with PseudonymizeIdentifiers.
 */
import { z } from 'zod'

export const deviceIdentitySchema = z.object({
  /** `serial_number` of system_profiler SPHardwareDataType. */
  serialNumber: z.string().nullable(),
  /** `machine_model`, e.g. "Mac14,2". */
  model: z.string().nullable(),
  /** `machine_name`, e.g. "MacBook Air". */
  modelName: z.string().nullable(),
  /** `chip_type`, e.g. "Apple M2" (Intel Macs have `cpu_type` instead: null here). */
  chip: z.string().nullable(),
  /** `scutil --get ComputerName`: the name Intune lists the device under by default. */
  computerName: z.string().nullable(),
  /** Why a tool gave nothing (one line each, no output), for the helpdesk. */
  problems: z.array(z.string()),
})
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>

export const UNKNOWN_DEVICE: DeviceIdentity = {
  serialNumber: null,
  model: null,
  modelName: null,
  chip: null,
  computerName: null,
  problems: [],
}
