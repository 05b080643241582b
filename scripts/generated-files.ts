/**
 * Every file generated from a single source in the code, in one list. `npm run generate` writes
 * them; test/unit/generated.test.ts fails when a checked-in copy is stale.
 */
import { z } from 'zod'
import { macStateSchema } from '../main/common/model/macState.schema'
import { openedBundleSchema } from '../main/common/model/openedBundle'
import { reportJsonSchema } from '../main/common/model/report.schema'
import { findingsDoc } from './findings-doc'
import { adminFiles } from './admin-files'
import { appIconModule, ICON_MODULE, readIconSource } from './icon'

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string
  content: string
}

/** A JSON Schema document generated from a zod schema. */
function schemaFile(path: string, schema: z.ZodType, id: string, title: string): GeneratedFile {
  const document = { ...z.toJSONSchema(schema), $id: `https://psso-helper.invalid/schemas/${id}.json`, title }
  return { path, content: `${JSON.stringify(document, null, 2)}\n` }
}

export function generatedFiles(): GeneratedFile[] {
  return [
    schemaFile(
      'docs/status.schema.json',
      macStateSchema,
      'status-v1',
      'PSSO Helper status (psso-helper status --json), schemaVersion 1',
    ),
    schemaFile(
      'docs/open-bundle.schema.json',
      openedBundleSchema,
      'open-bundle-v1',
      'PSSO Helper open-bundle --json: the status contract plus where and when it was captured',
    ),
    schemaFile(
      'docs/report.schema.json',
      reportJsonSchema,
      'report-v2',
      'PSSO Helper report (psso-helper report --json, report.json in a bundle), reportFormat 2',
    ),
    { path: 'docs/findings.md', content: findingsDoc() },
    ...adminFiles(),
    { path: ICON_MODULE, content: appIconModule(readIconSource()) },
  ]
}
