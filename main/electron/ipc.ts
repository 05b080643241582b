/**
 * The typed IPC wrappers (GitHub Desktop's ipc-main.ts pattern): every request channel of the
 * contract (main/common/ipc/contract.ts) is registered here from the table, and answered only after
 * the sender check — a webContents we created, showing our own page (Electron security checklist
 * item 17) — and the argument's validation against the channel's schema (`dispatch`). Pushes go
 * through `push`, never a raw send.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { INVOKE_CHANNELS, fail, type IpcResult, type PushChannel, type PushMap } from '../common/ipc/contract'
import { isTrustedSender, type IpcSender } from '../common/security/policy'
import { dispatch, type Handlers } from '../node/app/handlers'

const trustedWebContents = new Set<number>()

/** Lets this webContents call the main process, until it is destroyed. */
export function trustWebContents(contents: WebContents): void {
  const { id } = contents
  trustedWebContents.add(id)
  contents.once('destroyed', () => trustedWebContents.delete(id))
}

const senderOf = (event: IpcMainInvokeEvent): IpcSender => ({
  webContentsId: event.sender.id,
  frameUrl: event.senderFrame?.url ?? null,
})

/** Answers one request: refused unless trusted, then validated and run by the shared handlers. */
export async function answer(
  handlers: Handlers,
  channel: string,
  event: IpcMainInvokeEvent,
  argument: unknown,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(senderOf(event), trustedWebContents))
    return fail('notAllowed', `${channel}: refused, the sender is not this app's window`)
  return dispatch(handlers, channel, argument)
}

export function registerIpcHandlers(handlers: Handlers): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, argument: unknown) => answer(handlers, channel, event, argument))
  }
}

export function push<C extends PushChannel>(contents: WebContents, channel: C, payload: PushMap[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload)
}
