/** The repair position's schema, for bundles and the report's JSON schema (apart, so the renderer ships no zod). */
import { z } from 'zod'
import { PLAYBOOK_IDS } from '../repair/playbookIds'
import { REPAIR_PHASES } from './repairPosition'

export const repairPositionSchema = z.object({
  playbookId: z.enum(PLAYBOOK_IDS),
  stepId: z.string().nullable(),
  phase: z.enum(REPAIR_PHASES).nullable(),
})
