/** The built repair session schemas, for main and tests (never the renderer). */
import { z } from 'zod'
import { defineRepairSessionSchemas } from './types'

export const { verificationProgressSchema, repairSessionSchema } = defineRepairSessionSchemas(z)
