import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import type { TrayIconState, TrayMenuEntry, TrayPort, TrayView } from '../core/shell-ports';

/**
 * Renders the pure tray model. Icons: macOS gets template images (the system tints them); other
 * platforms get the light- or dark-panel variant. Rendering is skipped when nothing changed, so
 * idle re-arms cost nothing visible.
 */
export function createTray(
  assetsDir: string,
  onAction: (id: string) => void,
): TrayPort & { destroy(): void } {
  const iconFile = (state: TrayIconState): string => {
    if (process.platform === 'darwin') return join(assetsDir, 'tray', `tray-${state}Template.png`);
    const panel = nativeTheme.shouldUseDarkColors ? 'dark' : 'light';
    return join(assetsDir, 'tray', `tray-${state}-${panel}.png`);
  };
  const toTemplate = (entries: readonly TrayMenuEntry[]): MenuItemConstructorOptions[] =>
    entries.map((entry) =>
      entry.kind === 'separator'
        ? { type: 'separator' }
        : {
            id: entry.id,
            label: entry.label,
            enabled: entry.enabled ?? true,
            ...(entry.submenu ? { submenu: toTemplate(entry.submenu) } : { click: () => onAction(entry.id) }),
          },
    );

  const tray = new Tray(nativeImage.createFromPath(iconFile('waiting')));
  let last: { view: TrayView; dark: boolean } | undefined;
  const render = (view: TrayView): void => {
    const dark = nativeTheme.shouldUseDarkColors;
    if (last && last.view === view && last.dark === dark) return;
    if (!last || last.view.icon !== view.icon || last.dark !== dark) {
      tray.setImage(nativeImage.createFromPath(iconFile(view.icon)));
    }
    tray.setToolTip(view.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(toTemplate(view.menu)));
    last = { view, dark };
  };
  nativeTheme.on('updated', () => last && render(last.view));
  return { render, destroy: () => tray.destroy() };
}
