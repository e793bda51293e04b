/**
 * The renderer's IPC bridge for tests and the benchmark: window.unknot built by the very code the
 * preload uses (buildBridgeApi), backed by a Playwright binding into the composed app. Pages get
 * it only when served from TEST_ORIGIN; any other frame is refused, as main refuses foreign senders.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { UnknotApp } from '../../main/app';
import { buildBridgeApi } from '../../main/core/ipc/bridge';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { guardInvoke } from '../../main/core/security/ipc-guard';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { createFakeShell } from './fake-shell';
import { TEST_ORIGIN } from './serve-folder';
import { createTestApp } from './test-app';

/** Page-side bridge: the very builder the preload uses, fed by a Playwright binding. */
function bridgeScript(): string {
  const channels = JSON.stringify({ invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS });
  return `(() => {
    const listeners = new Map();
    const violations = [];
    Object.defineProperty(window, '__unknotCsp', { value: violations });
    document.addEventListener('securitypolicyviolation', (e) => {
      violations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
    Object.defineProperty(window, '__unknotEmit', {
      value: (channel, payload) => { for (const l of listeners.get(channel) ?? []) l(payload); },
    });
    const api = (${buildBridgeApi.toString()})(${channels},
      (channel, payload) => window.__unknotInvoke(channel, payload),
      (channel, listener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      });
    Object.defineProperty(window, 'unknot', { value: api });
  })();`;
}

/** Puts the composed app behind the page's window.unknot, through the same bridge the preload builds. */
export async function installBridge(context: BrowserContext, app: UnknotApp): Promise<void> {
  // The same sender check main/electron/ipc.ts puts in front of every channel.
  const guarded = guardInvoke(app.dispatch, [TEST_ORIGIN]);
  await context.exposeBinding('__unknotInvoke', (source, channel: unknown, payload: unknown) =>
    guarded(source.frame.url(), String(channel), payload),
  );
  await context.addInitScript({ content: bridgeScript() });
}

/**
 * For a caller that serves the renderer itself (the benchmark): composes the app with real clock
 * and timers on `userDataDir` (a temp dir when omitted) and bridges it into `context`. Resolves with
 * a cleanup that disposes the app and removes a temp dir it made.
 */
export async function prepareRendererContext(
  context: BrowserContext,
  options: {
    userDataDir?: string;
    /** The system's preferred languages the app sees (the "System" language). */
    preferredLanguages?: readonly string[];
    /** Sees every request the page makes and main's answer to it (the bench's capture). */
    onExchange?: (channel: string, payload: unknown, result: unknown) => void;
  } = {},
): Promise<() => Promise<void>> {
  const ownsDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'unknot-bench-')));
  const app = createTestApp({
    userDataDir,
    clock: createSystemClock(),
    timers: createSystemTimers(),
    shell: createFakeShell(),
    runtime: 'Chromium (bench)',
    ...(options.preferredLanguages ? { preferredLanguages: options.preferredLanguages } : {}),
  });
  await app.start();
  const { onExchange } = options;
  const dispatch: UnknotApp['dispatch'] = onExchange
    ? async (channel, payload) => {
        const result = await app.dispatch(channel, payload);
        onExchange(channel, payload, result);
        return result;
      }
    : app.dispatch;
  await installBridge(context, { ...app, dispatch });
  return async () => {
    // Let writes the page started land before the folder goes (else rm races them: ENOTEMPTY).
    await app.flush();
    app.dispose();
    if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
  };
}

/** What a caller serving the renderer itself passes in to bridge a context (see prepareRendererContext). */
export type ContextSetup = typeof prepareRendererContext;
