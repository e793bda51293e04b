/**
 * Bounded work per IPC message (issue 12, case 3). Work is shown by count, never by a
 * stopwatch: how many array items the validator read (through a counting Proxy), how many
 * issues came back.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MAX_PAYLOAD_NODES,
  MAX_REPORTED_ISSUES,
  PAYLOAD_TOO_LARGE_MESSAGE,
  payloadWithinBounds,
} from '../../../../../main/core/ipc/bounds';
import { INVOKE_CHANNELS } from '../../../../../main/core/ipc/channels';
import { REQUEST_SCHEMAS } from '../../../../../main/core/ipc/contract';
import { createDispatch, type HandlerTable } from '../../../../../main/core/ipc/dispatch';
import { createFakeShell } from '../../../../support/fake-shell';

const MILLION = 1_000_000;

/** An array of `length` copies of `item` that counts how many of its items are read. */
function countingArray(length: number, item: unknown): { array: unknown[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(new Array<unknown>(length).fill(item), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

function dispatchWithNoHandlers() {
  let calls = 0;
  const handlers = new Proxy({} as HandlerTable, { get: () => () => ((calls += 1), null) });
  return { dispatch: createDispatch(handlers, createFakeShell().logger), calls: () => calls };
}

describe('IPC payload bounds', () => {
  it('10⁶ invalid step ids in a routine record: refused, no item read, one short error', async () => {
    const { dispatch, calls } = dispatchWithNoHandlers();
    const steps = countingArray(MILLION, 'NOT A STEP ID');
    const summary = {
      startedAt: 0,
      endedAt: 1,
      preset: 'standard',
      completed: true,
      stepsDone: steps.array,
      stepsSkipped: [],
    };
    const reply = await dispatch(INVOKE_CHANNELS.recordSession, summary);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: PAYLOAD_TOO_LARGE_MESSAGE },
    });
    expect(steps.reads()).toBe(0);
    expect(calls()).toBe(0);
  });

  it('10⁶ invalid steps in a settings save: refused, no item read', async () => {
    const { dispatch } = dispatchWithNoHandlers();
    const steps = countingArray(MILLION, { id: 'X', enabled: 'no', durationSec: -1 });
    const reply = await dispatch(INVOKE_CHANNELS.saveSettings, { routine: { steps: steps.array } });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: PAYLOAD_TOO_LARGE_MESSAGE },
    });
    expect(steps.reads()).toBe(0);
  });

  it('a 24 MB array of zeros, on any channel: refused before parsing, no item read', async () => {
    const { dispatch } = dispatchWithNoHandlers();
    const zeros = countingArray(3 * MILLION, 0); // 3·10⁶ doubles = 24 MB
    for (const channel of Object.values(INVOKE_CHANNELS)) {
      const reply = await dispatch(channel, zeros.array);
      expect(reply).toEqual({
        ok: false,
        error: { code: 'invalid-payload', message: PAYLOAD_TOO_LARGE_MESSAGE },
      });
    }
    expect(zeros.reads()).toBe(0);
  });

  it('a 24 MB string, or a million-key object: refused, the walk stopping at its budget', async () => {
    const { dispatch } = dispatchWithNoHandlers();
    const note = 'x'.repeat(24 * 1024 * 1024);
    expect(await dispatch(INVOKE_CHANNELS.logCheckin, { soreness: 3, note })).toMatchObject({
      ok: false,
      error: { message: PAYLOAD_TOO_LARGE_MESSAGE },
    });
    let keysRead = 0;
    const wide = new Proxy(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])), {
      get(target, key, receiver) {
        keysRead += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(payloadWithinBounds(wide)).toBe(false);
    expect(keysRead).toBeLessThanOrEqual(MAX_PAYLOAD_NODES);
  });

  it('a cyclic payload spends the budget instead of looping', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(payloadWithinBounds(cycle)).toBe(false);
  });

  it('hundreds of unknown keys in a settings save: at most 10 issues come back', async () => {
    const { dispatch } = dispatchWithNoHandlers();
    const patch = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, i]));
    const reply = await dispatch(INVOKE_CHANNELS.saveSettings, patch);
    expect(reply.ok).toBe(false);
    const issues = reply.ok ? [] : (reply.error.issues ?? []);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
  });

  it('every request schema checks an array length before its items, even without the size cap', () => {
    const tooMany = countingArray(MILLION, 'NOT A STEP ID');
    const summary = {
      startedAt: 0,
      endedAt: 1,
      preset: 'standard',
      completed: true,
      stepsDone: tooMany.array,
      stepsSkipped: tooMany.array,
    };
    const result = v.safeParse(REQUEST_SCHEMAS.recordSession, summary);
    expect(result.success).toBe(false);
    expect(result.issues?.length).toBeLessThanOrEqual(2);
    const steps = countingArray(MILLION, { id: 'X' });
    const saved = v.safeParse(REQUEST_SCHEMAS.saveSettings, { routine: { steps: steps.array } });
    expect(saved.success).toBe(false);
    expect(saved.issues?.length).toBe(1);
    expect(tooMany.reads() + steps.reads()).toBe(0);
  });

  it('every free string checks its length before its pattern', () => {
    const long = `22:30${'0'.repeat(MILLION)}`;
    const preview = v.safeParse(
      REQUEST_SCHEMAS.previewNextReminder,
      {
        schedule: {
          leadMinutes: 30,
          nights: Object.fromEntries(
            ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
              d,
              { enabled: true, bedtime: long },
            ]),
          ),
        },
      },
      { abortPipeEarly: true },
    );
    expect(preview.success).toBe(false);
    expect(preview.issues?.every((issue) => issue.type === 'max_length')).toBe(true);
  });

  it('an ordinary full settings save and routine record fit the budget', () => {
    const steps = Array.from({ length: 30 }, (_, i) => ({ id: `step-${i}`, enabled: true, durationSec: 60 }));
    expect(payloadWithinBounds({ routine: { steps, preset: 'full', heatCold: 'ask' } })).toBe(true);
    const ids = Array.from({ length: 100 }, (_, i) => `step-number-${i}`);
    expect(
      payloadWithinBounds({
        startedAt: 0,
        endedAt: 1,
        stepsDone: ids,
        stepsSkipped: ids,
        preset: 'full',
        completed: true,
      }),
    ).toBe(true);
  });
});
