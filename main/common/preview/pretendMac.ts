/**
 * What the preview server and the pretend Mac beside the app agree on: the endpoint and the shape
 * of its answer. The preview server (main/node/preview) fills it from the scenario; the renderer's
 * pretend Mac (renderer/preview/PretendMac.tsx) draws it in the app's language.
 */
import type { TextKey } from '../i18n'

/** GET: the actions now; POST `{ action: id }`: take one. */
export const PRETEND_MAC_ENDPOINT = '/api/preview/pretend-mac'

/** The pretend Mac's button texts: catalogue keys (en and ja), translated where they are drawn. */
export type PretendMacLabel = Extract<TextKey, `pretendMac.${string}`>

export interface PretendMacAction {
  /** Stable: tests and the bench press it by `data-pretend-mac-action`. */
  id: string
  label: PretendMacLabel
  /** Only what a user could do now, in the order they meet it. */
  enabled: boolean
  done: boolean
}
