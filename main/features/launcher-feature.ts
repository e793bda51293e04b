/**
 * The launcher's action list in the language setting: a settings listener after the language
 * feature, so a saved language relabels the Windows jump list and the macOS app menu at once.
 */
import { launchActionsIn } from '../core/launch-actions';
import type { MainMessages } from '../core/locale/main-messages';
import type { LauncherPort } from '../core/shell-ports';

export interface LauncherFeature {
  applySettings(): void;
}

export function createLauncherFeature(deps: {
  readonly launcher: LauncherPort;
  readonly words: () => MainMessages;
}): LauncherFeature {
  // Set only when the words change: the OS rebuilds the jump list or menu on each call.
  let shown: MainMessages | null = null;
  return {
    applySettings() {
      const words = deps.words();
      if (words === shown) return;
      shown = words;
      deps.launcher.setActions(launchActionsIn(words));
    },
  };
}
