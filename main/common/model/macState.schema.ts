/** The built `status --json` schemas, for main, the CLI and the generator (never the renderer). */
import { z } from 'zod'
import { defineMacStateSchemas } from './macState'

export const { findingSchema, macStateSchema, logProbeSchema, signInEventSchema } = defineMacStateSchemas(z)
