/**
 * The production renderer needs the IPC bridge (window.unknot) backed by a real composed app, as
 * the e2e harness provides. The bench serves the build itself; the bridge is the hook it expects
 * from tests/e2e/harness.ts:
 *
 *   export function prepareRendererContext(
 *     context: BrowserContext,
 *     options?: { userDataDir?: string },
 *   ): Promise<() => Promise<void>>;
 *
 * It composes the app (createTestApp: fake shell, real clock and timers) on `userDataDir` (a temp
 * dir when absent), exposes __unknotInvoke (trusting TEST_ORIGIN, which the bench serves from) and
 * adds the bridge init script to `context`, and resolves with a cleanup that disposes the app and
 * removes a temp dir it made. launchApp() can then be built on it, so there is one bridge.
 * Loaded at run time because tests/e2e/ is another TypeScript project (see browser.ts).
 */
import type { BrowserContext } from '@playwright/test';

export type ContextSetup = (
  context: BrowserContext,
  options?: { userDataDir?: string },
) => Promise<() => Promise<void>>;

const HARNESS_MODULE = new URL('../../tests/e2e/harness.ts', import.meta.url).href;
export const HOOK_NAME = 'prepareRendererContext';

/** The harness's context setup, or why there is none. */
export async function loadRendererContextSetup(): Promise<ContextSetup | string> {
  let module: Record<string, unknown>;
  try {
    module = (await import(HARNESS_MODULE)) as Record<string, unknown>;
  } catch (error) {
    return `tests/e2e/harness.ts failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
  const setup = module[HOOK_NAME];
  return typeof setup === 'function'
    ? (setup as ContextSetup)
    : `tests/e2e/harness.ts does not export ${HOOK_NAME}() yet, which the renderer needs for its IPC bridge (see bench/chromium/renderer-hook.ts)`;
}
