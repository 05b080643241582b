/**
 * Validates a request's argument against its channel's schema in the contract. The only place the
 * contract's schema builders meet the real zod: each schema is built once, on first use.
 */
import { z } from 'zod'
import { CONTRACT, type IpcError, type InvokeChannel, type RequestOf } from '../../common/ipc/contract'

const builders = new Map<string, (zod: typeof z) => z.ZodType>(
  Object.values(CONTRACT).flatMap((entry) =>
    entry.kind === 'invoke' ? [[entry.channel, entry.request]] : [],
  ),
)
const built = new Map<string, z.ZodType>()

function schemaOf(channel: InvokeChannel): z.ZodType {
  let schema = built.get(channel)
  if (!schema) {
    schema = builders.get(channel)!(z)
    built.set(channel, schema)
  }
  return schema
}

/** The error message names the channel and the first problem. */
export function parseRequest<C extends InvokeChannel>(
  channel: C,
  argument: unknown,
): { ok: true; data: RequestOf<C> } | { ok: false; error: IpcError } {
  const parsed = schemaOf(channel).safeParse(argument)
  if (parsed.success) return { ok: true, data: parsed.data as RequestOf<C> }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return {
    ok: false,
    error: { code: 'invalidArgument', message: `${channel}: ${issue?.message ?? 'invalid'}${where}` },
  }
}
