/**
 * The JSON of `open-bundle --json`: the same contract as `status --json` (macState.ts), recomputed
 * from the bundle's captured outputs, plus `capture`, which says it is a capture and from where and
 * when. docs/open-bundle.schema.json is generated from this file.
 */
import { z } from 'zod'
import { repairPositionSchema } from '../supportCode/repairPosition.schema'
import { deviceIdentitySchema } from './deviceIdentity'
import { macStateSchema } from './macState.schema'

export const captureInfoSchema = z.object({
  isCapture: z.literal(true).describe('always true: these facts are from a bundle, not from this Mac'),
  file: z.string().describe('the bundle that was opened'),
  capturedAt: z.string().describe("the capture's own time; token expiry is judged at this time"),
  bundleCreatedAt: z.string(),
  deviceId: z
    .string()
    .nullable()
    .describe('Entra device ID of the Mac the bundle comes from (as the bundle kept it)'),
  appVersion: z.string().describe('the PSSO Helper version that made the bundle'),
  identifiersPseudonymized: z.boolean(),
  repair: repairPositionSchema
    .nullable()
    .describe('the repair the user was in when the bundle was made (the support code carries it)'),
  device: deviceIdentitySchema.nullable().describe('how to find the Mac in Intune, as the bundle kept it'),
  supportCode: z.string().describe('the support code of this capture, the same the app showed'),
})
export type CaptureInfo = z.infer<typeof captureInfoSchema>

export const openedBundleSchema = macStateSchema.extend({ capture: captureInfoSchema })
export type OpenedBundle = z.infer<typeof openedBundleSchema>
