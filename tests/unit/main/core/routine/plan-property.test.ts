import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanSettings } from '../../../../../main/core/routine/plan';
import { CATALOG } from '../../../../../main/core/routine/catalog';
import { PLAN_MESSAGES as M } from '../../../../../main/core/routine/plan-messages';
import {
  BREATHING_PATTERN_IDS,
  HEAT_COLD_SETTINGS,
  BEDTIME_PRESET_IDS,
  type CatalogStep,
} from '../../../../../main/core/routine/types';
import { routineSchema } from '../../../../../main/core/settings/schema';
import { BREATHING_SEC_RANGE, STEP_DURATION_RANGE } from '../../../../../main/core/settings/vocabulary';
import { defaultSettings } from '../../../../../main/core/settings/defaults';
import { expectValidPlan } from './plan-helpers';

const validStep = (step: CatalogStep) =>
  fc.record({
    id: fc.constant(step.id),
    enabled: fc.boolean(),
    durationSec: fc.integer({ min: step.boundsSec.min, max: step.boundsSec.max }),
  });

/** Steps this catalog knows, each at most once, with lengths inside each step's own bounds. */
const validSteps = fc
  .uniqueArray(fc.constantFrom(...CATALOG.steps), { selector: (s) => s.id })
  .chain((steps) => fc.tuple(...steps.map(validStep)));

const settingsWith = (steps: fc.Arbitrary<PlanSettings['steps']>): fc.Arbitrary<PlanSettings> =>
  fc.record({
    preset: fc.constantFrom(...BEDTIME_PRESET_IDS),
    steps,
    heatCold: fc.constantFrom(...HEAT_COLD_SETTINGS),
    breathingPattern: fc.constantFrom(...BREATHING_PATTERN_IDS),
    breathingSec: fc.integer(BREATHING_SEC_RANGE),
    ownSteps: fc.constant([]),
  });

/**
 * Valid as settings, but written by another release: step ids this catalog lacks and lengths
 * outside a step's own bounds (still inside what settings allow).
 */
const foreignSteps = fc.uniqueArray(
  fc.record({
    id: fc.oneof(fc.constantFrom(...CATALOG.steps.map((s) => s.id)), fc.stringMatching(/^[a-z0-9-]{1,40}$/)),
    enabled: fc.boolean(),
    durationSec: fc.integer(STEP_DURATION_RANGE),
  }),
  { selector: (s) => s.id, maxLength: 30 },
);

const isValidRoutine = (settings: PlanSettings) =>
  v.is(routineSchema, { ...defaultSettings().routine, ...settings });

describe('buildPlan properties', () => {
  it('always yields a valid plan from settings another release wrote', () => {
    fc.assert(
      fc.property(settingsWith(foreignSteps), (settings) => {
        expect(isValidRoutine(settings)).toBe(true);
        expectValidPlan(buildPlan(settings, CATALOG));
      }),
      { numRuns: 300 },
    );
  });

  it('uses every valid setting as given, and only warns about contradictions', () => {
    fc.assert(
      fc.property(settingsWith(validSteps), (settings) => {
        expect(isValidRoutine(settings)).toBe(true);
        const plan = buildPlan(settings, CATALOG);
        expectValidPlan(plan);
        for (const warning of plan.warnings) expect([M.allDisabled, M.heatColdSkipped]).toContain(warning);
        if (plan.warnings.includes(M.allDisabled)) return;
        expect(plan.preset).toBe(settings.preset);
        const changeOf = (id: string) => settings.steps.find((s) => s.id === id);
        for (const step of plan.steps) {
          const change = changeOf(step.id);
          expect(change?.enabled, step.id).not.toBe(false);
          if (step.kind === 'breathing') {
            expect(step.durationSec).toBe(settings.breathingSec);
            expect(step.breathing?.id).toBe(settings.breathingPattern);
          } else if (change !== undefined) {
            expect(step.durationSec, step.id).toBe(change.durationSec);
          }
          if (step.kind === 'heat-or-cold') expect(step.heatCold).toBe(settings.heatCold);
        }
        for (const change of settings.steps) {
          const skipped = change.id === 'heat-or-cold' && settings.heatCold === 'skip';
          if (change.enabled && !skipped) expect(plan.steps.map((s) => s.id)).toContain(change.id);
        }
        const listed = settings.steps.map((s) => s.id).filter((id) => plan.steps.some((s) => s.id === id));
        expect(plan.steps.slice(0, listed.length).map((s) => s.id)).toEqual(listed);
      }),
      { numRuns: 300 },
    );
  });
});
