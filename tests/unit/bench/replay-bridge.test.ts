import { describe, expect, it } from 'vitest';
import {
  answerTable,
  exchangeKey,
  repeatedRequests,
  replayBridgeScript,
} from '../../../bench/chromium/replay-bridge';
import { INVOKE_CHANNELS } from '../../../main/core/ipc/channels';

type Invoke = (request?: unknown) => Promise<unknown>;

/** Runs the page-side script against a stand-in window and returns the API it installed. */
function installInFakeWindow(script: string): Record<string, Invoke> {
  const window: { unknot?: Record<string, Invoke> } = {};
  // The script is the page's; run it as the page would, with `window` as its global object.
  new Function('window', script)(window);
  if (!window.unknot) throw new Error('no window.unknot');
  return window.unknot;
}

describe('the bench replay bridge', () => {
  const settings = { ok: true, value: { theme: 'dark' } };
  const exchanges = [
    {
      channel: INVOKE_CHANNELS.getSettings,
      payload: undefined,
      result: { ok: true, value: { theme: 'light' } },
    },
    { channel: INVOKE_CHANNELS.getSettings, payload: undefined, result: settings },
  ];

  it('keys a request by channel and payload, keeping the last answer to a repeated request', () => {
    expect(exchangeKey('a', { x: 1 })).not.toBe(exchangeKey('a', { x: 2 }));
    expect(exchangeKey('a', undefined)).not.toBe(exchangeKey('b', undefined));
    expect(answerTable(exchanges)).toEqual([[exchangeKey(INVOKE_CHANNELS.getSettings, undefined), settings]]);
  });

  it('names a request made twice with the same payload (the cold start refuses a window that does that)', () => {
    expect(repeatedRequests(exchanges)).toEqual([INVOKE_CHANNELS.getSettings]);
    const distinct = [
      { channel: 'history:get', payload: { weeks: 4 }, result: null },
      { channel: 'history:get', payload: { weeks: 8 }, result: null },
    ];
    expect(repeatedRequests(distinct)).toEqual([]);
  });

  it('answers the page with a copy of the recorded result, through the preload’s own API builder', async () => {
    const api = installInFakeWindow(replayBridgeScript(exchanges));
    const answer = await api['getSettings']?.();
    expect(answer).toEqual(settings);
    expect(answer).not.toBe(settings);
  });

  it('refuses a request that was never recorded instead of inventing an answer', async () => {
    const api = installInFakeWindow(replayBridgeScript(exchanges));
    await expect(api['getHistory']?.()).rejects.toThrow(/no recorded answer/);
  });
});
