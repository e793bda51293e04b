/**
 * Start-up that can never leave the user with nothing: each step is guarded on its own, so whatever
 * fails, the later steps still run (reminders on what could be loaded, the defaults at worst), the
 * tray keeps its menu (Quit always works), and the user is told once, in plain words.
 */
import type { Logger } from '../core/ports';
import type { NotifierPort, WindowPort } from '../core/shell-ports';

export interface StartupStep {
  /** Finishes "Unknot could not …", e.g. "load your settings". */
  readonly what: string;
  /** What the user is told when it fails, in their language. */
  told(): string;
  run(): Promise<unknown>;
}

export interface StartupDeps {
  readonly logger: Logger;
  readonly notifier: NotifierPort;
  readonly windows: Pick<WindowPort, 'show'>;
}

/** Runs the steps in order; resolves to whether each one succeeded. Never rejects. */
export async function startInOrder(steps: readonly StartupStep[], deps: StartupDeps): Promise<boolean[]> {
  const results: boolean[] = [];
  for (const { what, told, run } of steps) {
    try {
      await run();
      results.push(true);
    } catch (error) {
      deps.logger.error(`Unknot could not ${what}`, error);
      deps.notifier.show({
        title: 'Unknot',
        body: told(),
        onClick: () => deps.windows.show('settings'),
      });
      results.push(false);
    }
  }
  return results;
}
