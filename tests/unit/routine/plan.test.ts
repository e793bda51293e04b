import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../main/core/routine/plan';
import { CATALOG } from '../../../main/core/routine/catalog';
import { PLAN_MESSAGES as M } from '../../../main/core/routine/plan-messages';
import type { HeatColdSetting } from '../../../main/core/routine/types';
import { routineSchema, type RoutineStepSetting } from '../../../main/core/settings/schema';
import { durationOf, expectValidPlan, ids, presetSettings } from './plan-helpers';

const STANDARD_IDS = [
  'settle-in',
  'chin-tuck',
  'neck-side-bend',
  'shoulder-rolls',
  'cross-body-arm',
  'thread-the-needle',
  'childs-pose',
  'paced-breathing',
  'sleep-posture',
  'good-night',
];

const base = presetSettings('standard');
const step = (id: string, durationSec: number, enabled = true): RoutineStepSetting => ({
  id,
  enabled,
  durationSec,
});

describe('buildPlan with valid settings', () => {
  it('plays a preset as it comes', () => {
    const plan = buildPlan(base, CATALOG);
    expect(v.is(routineSchema, base)).toBe(true);
    expect(plan.preset).toBe('standard');
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.totalSec).toBe(720);
    expect(plan.warnings).toEqual([]);
    expectValidPlan(plan);
  });

  it('Full asks heat or cold by default; heat, cold and skip are honoured', () => {
    const heatStep = (heatCold: HeatColdSetting) =>
      buildPlan(presetSettings('full', { heatCold }), CATALOG).steps.find((s) => s.kind === 'heat-or-cold');
    expect(
      buildPlan(presetSettings('full'), CATALOG).steps.find((s) => s.kind === 'heat-or-cold')?.heatCold,
    ).toBe('ask');
    expect(heatStep('heat')?.heatCold).toBe('heat');
    expect(heatStep('cold')?.heatCold).toBe('cold');
    expect(heatStep('skip')).toBeUndefined();
    expect(buildPlan(presetSettings('full', { heatCold: 'skip' }), CATALOG).totalSec).toBe(1500 - 900);
  });

  it('applies per-step durations, switches steps off, and adds catalog steps where the list puts them', () => {
    const plan = buildPlan(
      {
        ...base,
        steps: [
          step('chin-tuck', 90),
          step('good-night', 30, false),
          step('doorway-opener', 45),
          step('heat-or-cold', 1200),
        ],
      },
      CATALOG,
    );
    expect(plan.warnings).toEqual([]);
    expect(durationOf(plan, 'chin-tuck')).toBe(90);
    expect(ids(plan)).not.toContain('good-night');
    expect(ids(plan).slice(0, 3)).toEqual(['chin-tuck', 'doorway-opener', 'heat-or-cold']);
    expect(durationOf(plan, 'doorway-opener')).toBe(45);
    expect(durationOf(plan, 'heat-or-cold')).toBe(1200);
    expectValidPlan(plan);
  });

  it('uses the chosen breathing pattern and length', () => {
    const plan = buildPlan({ ...base, breathingPattern: '4-7-8', breathingSec: 300 }, CATALOG);
    const breathing = plan.steps.find((s) => s.kind === 'breathing');
    expect(breathing?.breathing?.id).toBe('4-7-8');
    expect(breathing?.durationSec).toBe(300);
    expect(plan.totalSec).toBe(720 + 120);
  });

  it('plays the listed steps first, in the list’s order, the rest after in their usual order', () => {
    const plan = buildPlan(
      { ...base, steps: [step('paced-breathing', 180), step('chin-tuck', 45)] },
      CATALOG,
    );
    expect(ids(plan)).toEqual([
      'paced-breathing',
      'chin-tuck',
      ...STANDARD_IDS.filter((id) => id !== 'paced-breathing' && id !== 'chin-tuck'),
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('takes the settings document’s step list, whose order is the play order', () => {
    const settings = presetSettings('quick', {
      breathingSec: 180,
      steps: [step('paced-breathing', 60), step('chin-tuck', 30, false), step('shoulder-rolls', 60)],
    });
    expect(v.is(routineSchema, settings)).toBe(true);
    const plan = buildPlan(settings, CATALOG);
    expect(plan.warnings).toEqual([]);
    expect(ids(plan)).toEqual([
      'paced-breathing',
      'shoulder-rolls',
      'neck-side-bend',
      'cross-body-arm',
      'seated-rounding',
    ]);
    // breathingSec (180) is the dedicated setting, so it wins over the list's 60.
    expect(durationOf(plan, 'paced-breathing')).toBe(180);
    expect(durationOf(plan, 'shoulder-rolls')).toBe(60);
  });
});

describe('buildPlan with settings this catalog cannot fully use', () => {
  it('a duration outside a step’s bounds keeps the preset’s duration for that step only', () => {
    const plan = buildPlan({ ...base, steps: [step('chin-tuck', 600), step('childs-pose', 90)] }, CATALOG);
    expect(durationOf(plan, 'chin-tuck')).toBe(45);
    expect(durationOf(plan, 'childs-pose')).toBe(90);
    expect(plan.warnings).toEqual([
      'Chin tuck can last from 20 s to 1 min 30 s; 600 does not fit, so its usual length is used.',
    ]);
  });

  it('a step that no longer exists is left out with a warning', () => {
    const plan = buildPlan({ ...base, steps: [step('yoga', 60), step('pilates', 60, false)] }, CATALOG);
    expect(plan.warnings).toEqual([
      'There is no step called "yoga", "pilates"; those changes were left out.',
    ]);
    expect(plan.warnings).toEqual([M.unknownSteps(['yoga', 'pilates'])]);
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.totalSec).toBe(720);
  });

  it('switching every step off plays the preset as it comes', () => {
    const steps = CATALOG.steps.map((s) => step(s.id, s.boundsSec.default, false));
    const plan = buildPlan(presetSettings('quick', { steps }), CATALOG);
    expect(plan.warnings).toEqual([M.allDisabled]);
    expect(plan.totalSec).toBe(300);
  });

  it('skip wins over a heat-or-cold step switched on, and says so', () => {
    const plan = buildPlan({ ...base, heatCold: 'skip', steps: [step('heat-or-cold', 600)] }, CATALOG);
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.warnings).toEqual([M.heatColdSkipped]);
  });
});
