/**
 * An in-page IPC bridge that answers from the real handlers' results, captured beforehand, so a
 * timed page load pays for IPC what it pays in Electron (a structured clone and a task hop), not
 * a Playwright round trip into Node (35–60 ms each here).
 *
 * Capture: one load of the page against the real composed app through the test bridge
 * (tests/support/renderer-bridge.ts), with every dispatch recorded. Replay: window.unknot built by
 * the very builder the preload uses (buildBridgeApi), whose invoke looks the request up among the
 * recorded ones. A request that was not recorded is refused, so a page that asks for something
 * new fails the measurement instead of being timed on a wrong answer.
 */
import type { BrowserContext } from '@playwright/test';
import { buildBridgeApi } from '../../main/core/ipc/bridge';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { prepareRendererContext, type ContextSetup } from '../../tests/support/renderer-bridge';

/** One IPC request the page made and the result main's dispatch gave it. */
export interface Exchange {
  readonly channel: string;
  readonly payload: unknown;
  readonly result: unknown;
}

/** How a request is looked up: its channel and its payload as JSON. */
export function exchangeKey(channel: string, payload: unknown): string {
  return `${channel}\u0000${JSON.stringify(payload) ?? ''}`;
}

/** The channels of requests the page made more than once with the same payload, each named once. */
export function repeatedRequests(exchanges: readonly Exchange[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const e of exchanges) {
    const key = exchangeKey(e.channel, e.payload);
    if (seen.has(key)) repeated.add(e.channel);
    seen.add(key);
  }
  return [...repeated];
}

/** The recorded answers as [key, result] pairs; a request made twice keeps its last answer. */
export function answerTable(exchanges: readonly Exchange[]): [string, unknown][] {
  return [...new Map(exchanges.map((e) => [exchangeKey(e.channel, e.payload), e.result]))];
}

/**
 * Page-side bridge. The lookup key is built by the page exactly as exchangeKey builds it. The answer
 * is cloned (as Electron's structured clone would) and delivered on a fresh task, as an IPC reply is.
 */
export function replayBridgeScript(exchanges: readonly Exchange[]): string {
  const channels = JSON.stringify({ invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS });
  return `(() => {
    const answers = new Map(${JSON.stringify(answerTable(exchanges))});
    const invoke = (channel, payload) => new Promise((resolve, reject) => {
      const key = channel + '\\u0000' + (JSON.stringify(payload) ?? '');
      if (!answers.has(key)) { reject(new Error('bench replay bridge: no recorded answer for ' + channel)); return; }
      const answer = structuredClone(answers.get(key));
      setTimeout(() => resolve(answer), 0);
    });
    const api = (${buildBridgeApi.toString()})(${channels}, invoke, () => () => undefined);
    Object.defineProperty(window, 'unknot', { value: api });
  })();`;
}

/** A context setup that installs the replay bridge (nothing to clean up: no app runs). */
export function replaySetup(exchanges: readonly Exchange[]): ContextSetup {
  const content = replayBridgeScript(exchanges);
  return async (context: BrowserContext) => {
    await context.addInitScript({ content });
    return async () => undefined;
  };
}

/**
 * A context setup like prepareRendererContext (the composed app behind the test bridge) that also
 * records every exchange into `into`.
 */
export function recordingSetup(
  into: Exchange[],
  options: { userDataDir?: string; preferredLanguages?: readonly string[] } = {},
): ContextSetup {
  return (context: BrowserContext) =>
    prepareRendererContext(context, {
      ...options,
      onExchange: (channel, payload, result) => into.push({ channel, payload, result }),
    });
}
