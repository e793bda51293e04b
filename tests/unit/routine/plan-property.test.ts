import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  BREATHING_PATTERN_IDS,
  buildPlan,
  CATALOG,
  HEAT_COLD_SETTINGS,
  PLAN_MESSAGES as M,
  PRESET_IDS,
  RoutineConfigSchema,
  type CatalogStep,
} from '../../../main/core/routine';
import { expectValidPlan } from './plan-helpers';

const stepIds = CATALOG.steps.map((s) => s.id);
const junk = fc.anything({
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  maxDepth: 3,
});
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof(good, junk);

const validOverride = (step: CatalogStep) =>
  fc.record(
    {
      enabled: fc.boolean(),
      durationSec: fc.integer({ min: step.boundsSec.min, max: step.boundsSec.max }),
    },
    { requiredKeys: [] },
  );

const validOverrides = fc
  .uniqueArray(fc.constantFrom(...CATALOG.steps), { selector: (s) => s.id })
  .chain((steps) => fc.tuple(...steps.map((step) => validOverride(step).map((o) => [step.id, o] as const))))
  .map((entries) => Object.fromEntries(entries));

const validConfig = fc.record(
  {
    preset: fc.constantFrom(...PRESET_IDS),
    overrides: validOverrides,
    order: fc.uniqueArray(fc.constantFrom(...stepIds)),
    heatCold: fc.constantFrom(...HEAT_COLD_SETTINGS),
    breathingPattern: fc.constantFrom(...BREATHING_PATTERN_IDS),
    breathingSec: fc.integer({ min: 60, max: 600 }),
  },
  { requiredKeys: ['preset', 'heatCold', 'breathingPattern', 'breathingSec'] },
);

/** Mostly-right configurations with junk in random places: the interesting fallbacks. */
const mixedConfig = fc.record(
  {
    preset: maybe(fc.constantFrom(...PRESET_IDS)),
    overrides: fc.oneof(
      maybe(validOverrides),
      fc.dictionary(
        fc.oneof(fc.constantFrom(...stepIds), fc.string()),
        maybe(validOverride(CATALOG.steps[0] as CatalogStep)),
      ),
      fc.array(fc.record({ id: maybe(fc.constantFrom(...stepIds)), enabled: maybe(fc.boolean()) })),
    ),
    order: maybe(fc.array(maybe(fc.constantFrom(...stepIds)))),
    heatCold: maybe(fc.constantFrom(...HEAT_COLD_SETTINGS)),
    breathingPattern: maybe(fc.constantFrom(...BREATHING_PATTERN_IDS)),
    breathingSec: maybe(fc.integer({ min: 0, max: 1000 })),
    extra: junk,
  },
  { requiredKeys: [] },
);

describe('buildPlan properties', () => {
  it('never throws on junk and always yields a valid plan', () => {
    fc.assert(
      fc.property(junk, (config) => {
        expectValidPlan(buildPlan(config, CATALOG));
      }),
    );
  });

  it('never throws on half-right configurations and always yields a valid plan', () => {
    fc.assert(
      fc.property(mixedConfig, (config) => {
        expectValidPlan(buildPlan(config, CATALOG));
      }),
      { numRuns: 300 },
    );
  });

  it('uses every valid setting as given, and only warns about contradictions', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(v.is(RoutineConfigSchema, config)).toBe(true);
        const plan = buildPlan(config, CATALOG);
        expectValidPlan(plan);
        for (const warning of plan.warnings) expect([M.allDisabled, M.heatColdSkipped]).toContain(warning);
        if (plan.warnings.includes(M.allDisabled)) return;
        expect(plan.preset).toBe(config.preset);
        for (const step of plan.steps) {
          const change = config.overrides?.[step.id];
          expect(change?.enabled, step.id).not.toBe(false);
          if (step.kind === 'breathing') {
            expect(step.durationSec).toBe(config.breathingSec);
            expect(step.breathing?.id).toBe(config.breathingPattern);
          } else if (change?.durationSec !== undefined) {
            expect(step.durationSec, step.id).toBe(change.durationSec);
          }
          if (step.kind === 'heat-or-cold') expect(step.heatCold).toBe(config.heatCold);
        }
        for (const [id, change] of Object.entries(config.overrides ?? {})) {
          const skipped = id === 'heat-or-cold' && config.heatCold === 'skip';
          if (change.enabled === true && !skipped) expect(plan.steps.map((s) => s.id)).toContain(id);
        }
        const listed = (config.order ?? []).filter((id) => plan.steps.some((s) => s.id === id));
        expect(plan.steps.slice(0, listed.length).map((s) => s.id)).toEqual(listed);
      }),
      { numRuns: 300 },
    );
  });
});
