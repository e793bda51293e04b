import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/core/app-protocol';
import { INVOKE_CHANNELS } from '../../../main/core/ipc/channels';
import type { Dispatch } from '../../../main/core/ipc/dispatch';
import {
  FORBIDDEN_SENDER,
  guardInvoke,
  isTrustedIpcSender,
  type GuardedInvoke,
} from '../../../main/core/security/ipc-guard';

/** A dispatcher that records what reached it. */
function recordingDispatch(): { dispatch: Dispatch; calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    dispatch: async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: 'handled' };
    },
  };
}

const channel = INVOKE_CHANNELS.getSettings;

/** Only a URL whose origin really is app://unknot may get through; everything else is refused. */
function offOriginProperty(guarded: GuardedInvoke): Promise<fc.RunDetails<[string]>> {
  const frame = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string(),
    fc.constantFrom(
      'app://unknot/index.html',
      'app://unknot',
      'app://unknot.evil/x',
      'app://unknot:1/x',
      'app://UNKNOT/x',
      'app://user@unknot.evil/x',
      'blob:app://unknot/x',
    ),
  );
  return fc.check(
    fc.asyncProperty(frame, async (url) => {
      const result = await guarded(url, channel, undefined);
      const onOrigin = URL.canParse(url) && /^app:\/\/unknot(?:[/?#]|$)/.test(url);
      return onOrigin ? result.ok : result === FORBIDDEN_SENDER;
    }),
    { numRuns: 2000 },
  );
}

describe('guardInvoke (sender check in front of every IPC channel)', () => {
  it('passes a frame on the app origin through to the dispatcher', async () => {
    const { dispatch, calls } = recordingDispatch();
    const guarded = guardInvoke(dispatch, [APP_ORIGIN]);
    expect(await guarded('app://unknot/index.html?view=settings', channel, { a: 1 })).toEqual({
      ok: true,
      value: 'handled',
    });
    expect(calls).toEqual([[channel, { a: 1 }]]);
  });

  it.each([
    ['a frame that is gone', null],
    ['no frame at all', undefined],
    ['an empty URL', ''],
    ['another site', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://unknot.evil/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['a local file', 'file:///home/me/unknot/out/renderer/index.html'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['the dev server when it is not trusted', 'http://localhost:5173/index.html'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['not a URL', 'not a url'],
  ])('refuses %s without dispatching', async (_label, frameUrl) => {
    const { dispatch, calls } = recordingDispatch();
    const guarded = guardInvoke(dispatch, [APP_ORIGIN]);
    expect(await guarded(frameUrl, channel, { a: 1 })).toEqual(FORBIDDEN_SENDER);
    expect(calls).toEqual([]);
  });

  it('trusts the dev server only when it was given as an origin', async () => {
    const { dispatch, calls } = recordingDispatch();
    const guarded = guardInvoke(dispatch, [APP_ORIGIN, 'http://localhost:5173']);
    expect((await guarded('http://localhost:5173/index.html', channel, undefined)).ok).toBe(true);
    expect((await guarded('http://localhost:5174/index.html', channel, undefined)).ok).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('never dispatches for a frame off the trusted origin (property)', async () => {
    const { dispatch } = recordingDispatch();
    const result = await offOriginProperty(guardInvoke(dispatch, [APP_ORIGIN]));
    expect(result.failed, String(result.counterexample)).toBe(false);
  });

  it('the property catches a naive prefix check (negative control)', async () => {
    const { dispatch } = recordingDispatch();
    const naive: GuardedInvoke = async (frame, ch, payload) =>
      frame?.startsWith(APP_ORIGIN) ? dispatch(ch, payload) : FORBIDDEN_SENDER;
    expect((await offOriginProperty(naive)).failed).toBe(true);
  });
});

describe('isTrustedIpcSender', () => {
  const trusted = ['app://unknot', 'http://localhost:5173'];
  it('accepts frames from the app origin', () => {
    expect(isTrustedIpcSender('app://unknot/index.html?view=routine', trusted)).toBe(true);
    expect(isTrustedIpcSender('http://localhost:5173/index.html', trusted)).toBe(true);
  });
  it.each([
    null,
    undefined,
    '',
    'about:blank',
    'file:///index.html',
    'https://evil.example/',
    'app://unknot.evil/x',
    'http://localhost:5174/',
    'app://evil/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(isTrustedIpcSender(url, trusted)).toBe(false));
});
