import { describe, expect, it } from 'vitest';
import { buildBridgeApi } from '../../../main/core/ipc/bridge';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../main/core/ipc/channels';

type Channels = Parameters<typeof buildBridgeApi>[0];

describe('buildBridgeApi', () => {
  it('exposes one named method per invoke channel, forwarding to its channel', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildBridgeApi(
      { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS },
      async (channel, payload) => (calls.push([channel, payload]), { ok: true, value: 1 }),
      () => () => undefined,
    );
    expect(Object.keys(api).sort()).toEqual(expect.arrayContaining(Object.keys(INVOKE_CHANNELS).sort()));
    await api.getAppInfo();
    expect(calls).toEqual([[INVOKE_CHANNELS.getAppInfo, undefined]]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('gives listeners only the payload and returns a working unsubscribe', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const channels = { invoke: {}, events: { pinged: 'test:pinged' } } as unknown as Channels;
    const api = buildBridgeApi(
      channels,
      async () => undefined,
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      },
    ) as unknown as Record<string, (cb: (...args: unknown[]) => void) => () => void>;
    const received: unknown[][] = [];
    const onPinged = api['onPinged'];
    if (!onPinged) throw new Error('onPinged missing');
    const off = onPinged((...args) => received.push(args));
    listeners.get('test:pinged')?.({ n: 1 });
    expect(received).toEqual([[{ n: 1 }]]);
    off();
    expect(listeners.has('test:pinged')).toBe(false);
    expect(() => onPinged('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
