/**
 * How the main window is framed, as a pure function of the platform: on macOS a unified title bar
 * and toolbar (the content runs under the title bar, the traffic lights inset into the renderer's
 * toolbar, which is the drag region) over the sidebar material, so the toolbar takes the desktop's
 * tint as System Settings does. Elsewhere a plain frame. main/electron/window.ts spreads it into the
 * BrowserWindow options.
 */

/** The renderer's toolbar height (renderer/styles.css `--toolbar-height`): the lights sit centred in it. */
export const TOOLBAR_HEIGHT = 52
/** The traffic lights are 14 px tall. */
const LIGHTS = 14

export interface WindowChrome {
  titleBarStyle?: 'hiddenInset'
  trafficLightPosition?: { x: number; y: number }
  vibrancy?: 'sidebar'
  visualEffectState?: 'followWindow'
  /** Transparent, so the vibrancy shows where the page leaves it (the toolbar). */
  backgroundColor: string
}

export function windowChrome(platform: string): WindowChrome {
  if (platform !== 'darwin') return { backgroundColor: '#ececec' }
  return {
    titleBarStyle: 'hiddenInset',
    trafficLightPosition: { x: 20, y: (TOOLBAR_HEIGHT - LIGHTS) / 2 },
    vibrancy: 'sidebar',
    visualEffectState: 'followWindow',
    backgroundColor: '#00000000',
  }
}
