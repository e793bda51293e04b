import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPlan, CATALOG, PLAN_MESSAGES as M, RoutineConfigSchema } from '../../../main/core/routine';
import { durationOf, expectValidPlan, ids } from './plan-helpers';

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

const base = { preset: 'standard', heatCold: 'ask', breathingPattern: 'relaxed', breathingSec: 180 } as const;

describe('buildPlan with valid configurations', () => {
  it('plays a preset as it comes', () => {
    const plan = buildPlan(base, CATALOG);
    expect(v.is(RoutineConfigSchema, base)).toBe(true);
    expect(plan.preset).toBe('standard');
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.totalSec).toBe(720);
    expect(plan.warnings).toEqual([]);
    expectValidPlan(plan);
  });

  it('Full asks heat or cold by default; heat, cold and skip are honoured', () => {
    const heatStep = (setting: string) =>
      buildPlan({ preset: 'full', heatCold: setting }, CATALOG).steps.find((s) => s.kind === 'heat-or-cold');
    expect(
      buildPlan({ preset: 'full' }, CATALOG).steps.find((s) => s.kind === 'heat-or-cold')?.heatCold,
    ).toBe('ask');
    expect(heatStep('heat')?.heatCold).toBe('heat');
    expect(heatStep('cold')?.heatCold).toBe('cold');
    expect(heatStep('skip')).toBeUndefined();
    expect(buildPlan({ preset: 'full', heatCold: 'skip' }, CATALOG).totalSec).toBe(1500 - 900);
  });

  it('applies per-step durations, switches steps off, and adds catalog steps in their natural place', () => {
    const plan = buildPlan(
      {
        ...base,
        overrides: {
          'chin-tuck': { durationSec: 90 },
          'good-night': { enabled: false },
          'doorway-opener': { enabled: true },
          'heat-or-cold': { enabled: true, durationSec: 1200 },
        },
      },
      CATALOG,
    );
    expect(plan.warnings).toEqual([]);
    expect(durationOf(plan, 'chin-tuck')).toBe(90);
    expect(ids(plan)).not.toContain('good-night');
    expect(ids(plan).slice(6, 10)).toEqual([
      'childs-pose',
      'doorway-opener',
      'heat-or-cold',
      'paced-breathing',
    ]);
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

  it('puts the steps named in `order` first, the rest after in their usual order', () => {
    const plan = buildPlan({ ...base, order: ['paced-breathing', 'chin-tuck'] }, CATALOG);
    expect(ids(plan)).toEqual([
      'paced-breathing',
      'chin-tuck',
      ...STANDARD_IDS.filter((id) => id !== 'paced-breathing' && id !== 'chin-tuck'),
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('accepts the settings document’s list form, whose order is the play order', () => {
    const config = {
      ...base,
      preset: 'quick',
      overrides: [
        { id: 'paced-breathing', enabled: true, durationSec: 60 },
        { id: 'chin-tuck', enabled: false, durationSec: 30 },
        { id: 'shoulder-rolls', enabled: true, durationSec: 60 },
      ],
      chimeVolume: 0.6,
      spokenCues: false,
    };
    const plan = buildPlan(config, CATALOG);
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

describe('buildPlan fallbacks', () => {
  it.each([null, undefined, 42, 'standard', [], true])(
    'an unreadable configuration (%s) gives Standard',
    (junk) => {
      const plan = buildPlan(junk, CATALOG);
      expect(ids(plan)).toEqual(STANDARD_IDS);
      expect(plan.warnings).toEqual([M.unreadable('Standard')]);
    },
  );

  it('an unknown or missing preset falls back to Standard, keeping the rest of the configuration', () => {
    const plan = buildPlan({ ...base, preset: 'marathon', breathingPattern: 'box' }, CATALOG);
    expect(plan.preset).toBe('standard');
    expect(plan.steps.find((s) => s.kind === 'breathing')?.breathing?.id).toBe('box');
    expect(plan.warnings).toEqual([
      '"marathon" is not one of the routines (quick, standard or full), so the Standard routine is used.',
    ]);
    expect(buildPlan({ heatCold: 'ask' }, CATALOG).warnings).toEqual([M.noPreset('Standard')]);
  });

  it('a duration outside a step’s bounds keeps the preset’s duration for that step only', () => {
    const plan = buildPlan(
      { ...base, overrides: { 'chin-tuck': { durationSec: 600 }, 'childs-pose': { durationSec: 90 } } },
      CATALOG,
    );
    expect(durationOf(plan, 'chin-tuck')).toBe(45);
    expect(durationOf(plan, 'childs-pose')).toBe(90);
    expect(plan.warnings).toEqual([
      'Chin tuck can last from 20 s to 1 min 30 s; 600 does not fit, so its usual length is used.',
    ]);
  });

  it.each([
    [{ 'chin-tuck': { durationSec: 44.5 } }, M.durationOutOfBounds('Chin tuck', 44.5, 20, 90)],
    [{ 'chin-tuck': { durationSec: '45' } }, M.durationOutOfBounds('Chin tuck', '45', 20, 90)],
    [{ 'chin-tuck': { enabled: 'no' } }, M.enabledUnreadable('Chin tuck')],
    [{ 'chin-tuck': 7 }, M.enabledUnreadable('Chin tuck')],
    [
      { yoga: { enabled: true }, pilates: {} },
      'There is no step called "yoga", "pilates"; those changes were left out.',
    ],
    ['all of them', M.overridesUnreadable],
  ])('unusable step change %j is ignored with a warning', (overrides, warning) => {
    const config = { ...base, overrides };
    const plan = buildPlan(config, CATALOG);
    expect(plan.warnings).toEqual([warning]);
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.totalSec).toBe(720);
  });

  it('a "__proto__" step change is just an unknown step (no prototype pollution)', () => {
    const plan = buildPlan(
      { ...base, ...JSON.parse('{"overrides":{"__proto__":{"enabled":false}}}') },
      CATALOG,
    );
    expect(plan.warnings).toEqual([M.unknownSteps(['__proto__'])]);
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(({} as Record<string, unknown>)['enabled']).toBeUndefined();
  });

  it('names bad heat/cold, breathing pattern and breathing length, using the preset’s instead', () => {
    const plan = buildPlan(
      { preset: 'full', heatCold: 'lava', breathingPattern: 'panting', breathingSec: 30 },
      CATALOG,
    );
    expect(plan.warnings).toEqual([
      M.heatCold('lava', 'ask'),
      M.breathingPattern('panting', 'relaxed'),
      "Slow breathing can last from 1 min to 10 min; 30 does not fit, so the routine's usual length is used.",
    ]);
    expect(plan.steps.find((s) => s.kind === 'heat-or-cold')?.heatCold).toBe('ask');
    expect(plan.totalSec).toBe(1500);
  });

  it('an unreadable or partly unknown order is ignored where it cannot be used', () => {
    expect(buildPlan({ ...base, order: 'backwards' }, CATALOG).warnings).toEqual([M.orderUnreadable]);
    const plan = buildPlan({ ...base, order: ['good-night', 'nope', 3, 'good-night', 'a', 'b'] }, CATALOG);
    expect(ids(plan)[0]).toBe('good-night');
    expect(plan.warnings).toEqual([
      'Good night appears more than once in the step order; its first place is used.',
      'The step order names steps that do not exist ("nope", 3, "a" and 1 more); they were left out of the order.',
    ]);
  });

  it('switching every step off plays the preset as it comes', () => {
    const overrides = Object.fromEntries(CATALOG.steps.map((s) => [s.id, { enabled: false }]));
    const plan = buildPlan({ ...base, preset: 'quick', overrides }, CATALOG);
    expect(plan.warnings).toEqual([M.allDisabled]);
    expect(plan.totalSec).toBe(300);
  });

  it('skip wins over a heat-or-cold step switched on, and says so', () => {
    const plan = buildPlan(
      { ...base, heatCold: 'skip', overrides: { 'heat-or-cold': { enabled: true } } },
      CATALOG,
    );
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.warnings).toEqual([M.heatColdSkipped]);
  });

  it('survives hostile input (a getter that throws) with the preset', () => {
    const hostile = Object.defineProperty({}, 'preset', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const plan = buildPlan(hostile, CATALOG);
    expect(ids(plan)).toEqual(STANDARD_IDS);
    expect(plan.warnings).toEqual([M.unreadable('Standard')]);
  });
});
