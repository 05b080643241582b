/**
 * The menu-bar item: renders the pure model (main/node/menubar/trayMenu.ts) with Electron's Tray
 * and routes clicks back as action ids. Icons are template images, so macOS tints them for light
 * and dark menu bars; the badge shape and the title text carry the verdict, never colour.
 */
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron'
import { trayIconPng, type TrayIconKind } from '../node/menubar/trayIcon'
import type { TrayActionId, TrayModel } from '../node/menubar/trayMenu'

export function trayImage(kind: TrayIconKind): NativeImage {
  const image = nativeImage.createFromBuffer(trayIconPng(kind, 1), { scaleFactor: 1 })
  image.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(kind, 2) })
  image.setTemplateImage(true)
  return image
}

export function menuTemplate(
  model: TrayModel,
  onAction: (id: TrayActionId) => void,
): MenuItemConstructorOptions[] {
  return model.items.map((item): MenuItemConstructorOptions => {
    if (item.kind === 'separator') return { type: 'separator' }
    if (item.kind === 'label') return { label: item.label, enabled: false }
    return { label: item.label, enabled: item.enabled, click: () => onAction(item.id) }
  })
}

export interface MenuBarItem {
  render: (model: TrayModel) => void
  destroy: () => void
}

export function createMenuBarItem(onAction: (id: TrayActionId) => void): MenuBarItem {
  const images = new Map<TrayIconKind, NativeImage>()
  const imageFor = (kind: TrayIconKind) => {
    if (!images.has(kind)) images.set(kind, trayImage(kind))
    return images.get(kind)!
  }
  let tray: Tray | null = null
  return {
    render(model) {
      tray ??= new Tray(imageFor(model.icon))
      tray.setImage(imageFor(model.icon))
      tray.setTitle(model.title)
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model, onAction)))
    },
    destroy() {
      tray?.destroy()
      tray = null
    },
  }
}
