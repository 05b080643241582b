/**
 * The marks the window's one key handler reads (renderer/hooks/useDefaultActionKeys.ts): Return
 * presses the button marked `data-default-action`, Escape the one marked `data-cancel-action`. The
 * measured journey (test/e2e/journey.ts) presses the same default mark, so the keyboard and the
 * mouse paths are one path.
 */
export const DEFAULT_ACTION = { 'data-default-action': '' } as const
export const CANCEL_ACTION = { 'data-cancel-action': '' } as const
