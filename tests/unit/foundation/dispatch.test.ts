import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../main/core/ipc/channels';
import { createDispatch, type HandlerTable } from '../../../main/core/ipc/dispatch';
import { HandlerRejection } from '../../../main/core/ipc/result';
import { createFakeShell } from '../../support/fake-shell';

const info = { name: 'Unknot', version: '1.2.3', platform: 'linux', runtime: 'test' };

function table(overrides: Partial<HandlerTable> = {}): HandlerTable {
  return { getAppInfo: () => info, ...overrides } as HandlerTable;
}

describe('createDispatch', () => {
  it('calls the handler for a valid request', async () => {
    const dispatch = createDispatch(table(), createFakeShell().logger);
    expect(await dispatch(INVOKE_CHANNELS.getAppInfo, undefined)).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown channel', async () => {
    const dispatch = createDispatch(table(), createFakeShell().logger);
    const result = await dispatch('app:format-disk', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses a payload that fails its schema, without calling the handler', async () => {
    let calls = 0;
    const dispatch = createDispatch(
      table({ getAppInfo: () => ((calls += 1), info) }),
      createFakeShell().logger,
    );
    const result = await dispatch(INVOKE_CHANNELS.getAppInfo, { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(calls).toBe(0);
  });

  it('reports a rejection with its issues, and a crash as a generic failure that is logged', async () => {
    const shell = createFakeShell();
    const rejecting = createDispatch(
      table({
        getAppInfo: () => {
          throw new HandlerRejection('No.', [{ path: 'x', message: 'bad' }]);
        },
      }),
      shell.logger,
    );
    expect(await rejecting(INVOKE_CHANNELS.getAppInfo, undefined)).toEqual({
      ok: false,
      error: { code: 'rejected', message: 'No.', issues: [{ path: 'x', message: 'bad' }] },
    });
    const crashing = createDispatch(
      table({
        getAppInfo: () => {
          throw new Error('boom');
        },
      }),
      shell.logger,
    );
    expect(await crashing(INVOKE_CHANNELS.getAppInfo, undefined)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(shell.logger.lines.some((l) => l.level === 'error')).toBe(true);
  });

  it('never throws, whatever arrives on any channel (fuzz)', async () => {
    const dispatch = createDispatch(table(), createFakeShell().logger);
    const channels = [...Object.values(INVOKE_CHANNELS), 'nope', ''];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, payload) => {
        const result = await dispatch(channel, payload);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 2000 },
    );
  });
});
