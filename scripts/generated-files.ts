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

export function generatedFiles(): GeneratedFile[] {
  return [
    {
      path: 'docs/status.schema.json',
      content: `${JSON.stringify(
        {
          ...z.toJSONSchema(macStateSchema),
          $id: 'https://psso-helper.invalid/schemas/status-v1.json',
          title: 'PSSO Helper status (psso-helper status --json), schemaVersion 1',
        },
        null,
        2,
      )}\n`,
    },
    {
      path: 'docs/open-bundle.schema.json',
      content: `${JSON.stringify(
        {
          ...z.toJSONSchema(openedBundleSchema),
          $id: 'https://psso-helper.invalid/schemas/open-bundle-v1.json',
          title: 'PSSO Helper open-bundle --json: the status contract plus where and when it was captured',
        },
        null,
        2,
      )}\n`,
    },
    {
      path: 'docs/report.schema.json',
      content: `${JSON.stringify(
        {
          ...z.toJSONSchema(reportJsonSchema),
          $id: 'https://psso-helper.invalid/schemas/report-v2.json',
          title: 'PSSO Helper report (psso-helper report --json, report.json in a bundle), reportFormat 2',
        },
        null,
        2,
      )}\n`,
    },
    { path: 'docs/findings.md', content: findingsDoc() },
    ...adminFiles(),
    { path: ICON_MODULE, content: appIconModule(readIconSource()) },
  ]
}
