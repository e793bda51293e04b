import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../main/core/settings/defaults';
import { readSettingsDocument } from '../../../main/core/settings/migrations';
import { validateSettings, type Settings } from '../../../main/core/settings/schema';
import type { Result } from '../../../main/core/result';
import {
  INVALID_FIELD_VALUES,
  settingsArbitrary,
  settingsPatchArbitrary,
  withValueAt,
} from '../../support/settings-arbitrary';
import { patchSettings } from '../../support/settings-patch';

const RUNS = 10_000;

function expectTypedRejection(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.length).toBeGreaterThan(0);
  for (const issue of result.error) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** One invalid field on top of otherwise valid settings. */
const nearMissArbitrary = fc
  .tuple(settingsArbitrary, fc.constantFrom(...INVALID_FIELD_VALUES))
  .chain(([settings, field]) =>
    fc.constantFrom(...field.bad).map((bad) => ({ settings, path: field.path, bad })),
  );

describe('settings properties', () => {
  it('every generated settings document is valid and comes back equal', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        expect(validateSettings(settings)).toEqual({ ok: true, value: settings });
        expect(readSettingsDocument(JSON.stringify(settings))).toEqual({
          ok: true,
          value: { settings, migratedFrom: null },
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('validateSettings: anything at all is rejected with issues, never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        expectTypedRejection(validateSettings(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('validateSettings: one bad field is rejected at exactly that path', () => {
    fc.assert(
      fc.property(nearMissArbitrary, ({ settings, path, bad }) => {
        const result = validateSettings(withValueAt(settings, path, bad));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.map((issue) => issue.path)).toEqual([path]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a settings change: anything at all is rejected unless it is a valid patch, and never changes current', () => {
    const current: Settings = structuredClone(DEFAULT_SETTINGS);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (patch) => {
        const result = patchSettings(current, patch);
        if (result.ok) {
          // In practice only {} and friends (groups with nothing or undefined in them) get here.
          expect(validateSettings(result.value).ok).toBe(true);
          expect(result.value).toEqual(deepMerge(current, patch));
        } else {
          expectTypedRejection(result);
        }
        expect(current).toEqual(DEFAULT_SETTINGS);
      }),
      { numRuns: RUNS },
    );
  });

  it('a settings change: valid patches are accepted and applied; one bad field or key is rejected there', () => {
    fc.assert(
      fc.property(
        settingsArbitrary,
        settingsPatchArbitrary,
        nearMissArbitrary,
        fc.boolean(),
        (current, patch, nearMiss, unknownKey) => {
          const before = structuredClone(current);
          const accepted = patchSettings(current, patch);
          expect(accepted.ok).toBe(true);
          if (accepted.ok) expect(accepted.value).toEqual(deepMerge(current, patch));

          const [section, ...rest] = nearMiss.path.split('.');
          const badPatch = unknownKey
            ? { [section ?? '']: { ...subtree(nearMiss.settings, section), unknownSetting: 1 } }
            : { [section ?? '']: nest(rest, nearMiss.bad) };
          const rejected = patchSettings(current, badPatch);
          expect(rejected.ok).toBe(false);
          if (!rejected.ok) {
            const expectedPath = unknownKey ? `${section}.unknownSetting` : nearMiss.path;
            expect(rejected.error.map((issue) => issue.path)).toEqual([expectedPath]);
          }
          expect(current).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

function subtree(settings: Settings, section: string | undefined): Record<string, unknown> {
  return (settings as unknown as Record<string, Record<string, unknown>>)[section ?? ''] ?? {};
}

function nest(keys: string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** An independent deep merge (objects merge, arrays replace) to check applyPatch against. */
function deepMerge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) out[key] = deepMerge(base[key], patch[key]);
  return out;
}
