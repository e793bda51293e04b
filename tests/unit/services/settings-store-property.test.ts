import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock, Logger } from '../../../main/core/ports';
import { SettingsValidationError } from '../../../main/core/settings/schema';
import { createSettingsStore } from '../../../main/services/settings-store';
import { INVALID_FIELD_VALUES, settingsArbitrary, withValueAt } from '../../support/settings-arbitrary';
import { patchSettings } from '../../support/settings-patch';

const clock: Clock = { now: () => 0, timeZone: () => 'UTC' };
const logger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-settings-prop-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings store properties', () => {
  it('any valid settings round-trip through save and a fresh load unchanged', async () => {
    // Each run does real fsyncs, so fewer runs than the pure properties.
    await fc.assert(
      fc.asyncProperty(settingsArbitrary, async (settings) => {
        const writer = createSettingsStore({ dir, clock, logger });
        await writer.load();
        await writer.save(settings);
        const reader = createSettingsStore({ dir, clock, logger });
        const result = await reader.load();
        expect(result.notice).toBeNull();
        expect(result.settings).toEqual(settings);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('random payloads (anything, near misses, patches) never reach the disk and never change get()', async () => {
    const store = createSettingsStore({ dir, clock, logger });
    await store.load();
    const stored = await store.save(fc.sample(settingsArbitrary, { numRuns: 1, seed: 7 })[0]);
    const bytes = await readFile(join(dir, 'settings.json'), 'utf8');

    const nearMiss = fc
      .tuple(settingsArbitrary, fc.constantFrom(...INVALID_FIELD_VALUES))
      .chain(([settings, field]) =>
        fc.constantFrom(...field.bad).map((bad) => withValueAt(settings, field.path, bad)),
      );
    const payload = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), nearMiss);

    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        // The IPC path: a patch is applied to the current settings, then saved if valid.
        const patched = patchSettings(store.get(), input);
        if (patched.ok) expect(patched.value).toEqual(stored); // only no-op patches pass
        const error: unknown = await store.save(input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SettingsValidationError);
        expect((error as SettingsValidationError).issues.length).toBeGreaterThan(0);
        expect(store.get()).toBe(stored);
      }),
      { numRuns: 10_000 },
    );
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(bytes);
  }, 60_000);
});
