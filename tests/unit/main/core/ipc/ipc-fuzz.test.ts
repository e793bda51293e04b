import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../../main/app';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../../../../main/core/ipc/channels';
import { REQUEST_SCHEMAS } from '../../../../../main/core/ipc/contract';
import { createFakeShell, type FakeShell } from '../../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../../support/fake-time';
import { seedSettings } from '../../../../support/seed-settings';
import { createTestApp } from '../../../../support/test-app';

/**
 * 10,000 hostile payloads on every invoke channel of the composed app (real handlers, real files in
 * a temp profile, fake shell). Channels come from INVOKE_CHANNELS, so a new channel is fuzzed the
 * day it is added. Queries (named get… / preview…, the contract's convention) get anything at all;
 * every other channel may legitimately change state when its payload is valid, so it gets only
 * payloads its own request schema refuses: those must be refused and change nothing.
 */
const RUNS = Number(process.env['UNKNOT_FUZZ_RUNS'] ?? 10_000);
const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
const isQuery = (method: InvokeMethod): boolean => /^(get|preview)[A-Z]/.test(method);
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const isValid = (method: InvokeMethod, payload: unknown): boolean =>
  v.safeParse(REQUEST_SCHEMAS[method], payload).success;

// Everything structured clone can carry over IPC, with keys that tempt prototype pollution.
const hostile = fc.anything({
  key: fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'schedule', 'general', 'routine'),
  ),
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Side effects the fake shell records, plus the reminder timer: cheap enough to compare every run. */
function effects(shell: FakeShell, time: FakeTime): string {
  return JSON.stringify([
    shell.windows.opened.length,
    [...shell.windows.live],
    shell.windows.events.length,
    shell.notifier.shown.length,
    shell.lifecycle.quitCalls,
    shell.desktop.openedFolders.length,
    shell.desktop.saved.length,
    shell.tray.renders.length,
    shell.logger.lines.filter((l) => l.level === 'error').length,
    time.pendingCount(),
    time.nextFireAt(),
  ]);
}

/** Every file in the profile, byte for byte (settings.json, history.jsonl, reminder-state.json, …). */
async function profileBytes(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, (await readFile(join(dir, name))).toString('base64')] as const),
  );
  return new Map(entries);
}

/** The reminder store saves in the background: wait until the files exist and stop changing. */
async function settledProfile(dir: string, expected: readonly string[]): Promise<Map<string, string>> {
  let last = await profileBytes(dir);
  for (let waited = 0; waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = await profileBytes(dir);
    if (expected.every((name) => now.has(name)) && JSON.stringify([...now]) === JSON.stringify([...last]))
      return now;
    last = now;
  }
  throw new Error(`profile never settled with ${expected.join(', ')}: has ${[...last.keys()].join(', ')}`);
}

describe('IPC fuzz: hostile payloads on every channel of the composed app', () => {
  let dir: string;
  let shell: FakeShell;
  let time: FakeTime;
  let app: UnknotApp;
  let baseline: Map<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ipc-fuzz-'));
    await seedSettings(dir);
    shell = createFakeShell();
    time = createFakeTime(Date.parse('2026-11-24T12:00:00Z'), 'Europe/Berlin');
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
    // One real session on record, so a truncated or rewritten history.jsonl would show.
    const startedAt = Date.parse('2026-11-23T21:30:00Z');
    const seeded = await app.dispatch(INVOKE_CHANNELS.recordSession, {
      startedAt,
      endedAt: startedAt + 600_000,
      preset: 'standard',
      stepsDone: [],
      stepsSkipped: [],
      completed: true,
    });
    expect(seeded.ok).toBe(true);
    // …and a reminder state on disk (the engine writes it on its first change).
    expect((await app.dispatch(INVOKE_CHANNELS.reminderAction, 'skip-tonight')).ok).toBe(true);
    baseline = await settledProfile(dir, ['settings.json', 'history.jsonl', 'reminder-state.json']);
  });
  afterAll(async () => {
    app.dispose();
    // Saves still in flight would race the folder removal.
    await app.flush();
    await rm(dir, { recursive: true, force: true });
  });

  it('covers every channel in INVOKE_CHANNELS', () => {
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods.map((m) => INVOKE_CHANNELS[m])).size).toBe(methods.length);
  });

  it.each(methods)(`%s: ${RUNS} payloads, no crash, no state change`, async (method) => {
    const channel = INVOKE_CHANNELS[method];
    const before = effects(shell, time);
    const payloads = isQuery(method) ? hostile : hostile.filter((p) => !isValid(method, p));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        const valid = isValid(method, payload);
        const result = await app.dispatch(channel, payload);
        expect(typeof result.ok).toBe('boolean');
        // An invalid payload stops at the schema, whatever the channel.
        if (!valid) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
        else accepted += 1;
        expect(effects(shell, time), JSON.stringify(shell.logger.lines.slice(-3))).toBe(before);
      }),
      { numRuns: RUNS },
    );
    expect(await profileBytes(dir)).toEqual(baseline);
    expect(Object.getOwnPropertyNames(Object.prototype), 'Object.prototype untouched').toEqual(prototypeKeys);
    // Only queries may have been handed valid payloads (for a no-payload query: undefined).
    if (!isQuery(method)) expect(accepted).toBe(0);
  });

  it('refuses anything but undefined on every no-payload channel', async () => {
    const noPayload = methods.filter((m) => REQUEST_SCHEMAS[m].type === 'undefined');
    expect(noPayload).toContain('getAppInfo');
    for (const method of noPayload) {
      for (const payload of [null, 0, '', false, [], {}, { sneaky: true }, Number.NaN]) {
        expect(await app.dispatch(INVOKE_CHANNELS[method], payload)).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload' },
        });
      }
    }
  });

  // Negative control, last on purpose: the detectors above do see a real change.
  it('the checks notice a change when a valid payload makes one', async () => {
    const before = effects(shell, time);
    const saved = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { startAtLogin: false } });
    expect(saved.ok).toBe(true);
    expect(effects(shell, time)).not.toBe(before);
    expect(await profileBytes(dir)).not.toEqual(baseline);
  });
});
