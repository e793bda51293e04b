import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_STATEMENT_IDS,
  STEP_KINDS,
  type Catalog,
  type CatalogStep,
} from '../../../../../main/core/routine/types';
import { buildPlan } from '../../../../../main/core/routine/plan';
import { CATALOG } from '../../../../../main/core/routine/catalog';
import { catalogProblems } from '../../../../../main/core/routine/catalog-problems';
import { CatalogSchema } from '../../../../../main/core/routine/schema';
import { HEAT_COLD_SAFETY } from '../../../../../main/core/routine/safety';
import { HELP } from '../../../../../main/core/routine/help';
import { presetSettings } from './plan-helpers';
import { BEDTIME_PRESETS, PRESETS } from '../../../../../main/core/routine/presets';

const stepById = (id: string): CatalogStep => {
  const step = CATALOG.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`no step ${id}`);
  return step;
};

interface Loose {
  steps: {
    id: string;
    kind: string;
    cues: string[];
    twoSided: boolean;
    halfTimeCue: string | null;
    boundsSec: { default: number };
    source: unknown;
  }[];
  presets: { statedSec: number; steps: { stepId: string }[] }[];
}

/** A deep copy of the catalog, broken on purpose by `change`. */
function broken(change: (c: Loose) => void): unknown {
  const clone = structuredClone(CATALOG) as unknown as Loose;
  change(clone);
  return clone;
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('test fixture is missing a value');
  return value;
}

const chinTuck = (c: Loose) => must(c.steps.find((s) => s.id === 'chin-tuck'));
const firstPresetStep = (c: Loose) => must(must(c.presets[0]).steps[0]);

describe('catalog schema', () => {
  it('accepts the shipped catalog', () => {
    const result = v.safeParse(CatalogSchema, CATALOG);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
  });

  it.each<[string, (c: Loose) => void]>([
    ['five cues', (c) => (chinTuck(c).cues = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'])],
    ['a single cue', (c) => (chinTuck(c).cues = ['Only one.'])],
    ['a default outside its bounds', (c) => (chinTuck(c).boundsSec.default = 999)],
    ['a step with no article source', (c) => (chinTuck(c).source = { general: 'stretching' })],
    ['a two-sided step without a switch cue', (c) => Object.assign(chinTuck(c), { twoSided: true })],
    ['an unknown kind', (c) => (chinTuck(c).kind = 'yoga')],
    ['a preset naming a missing step', (c) => (firstPresetStep(c).stepId = 'nope')],
    ['a preset that no longer adds up', (c) => (must(c.presets[0]).statedSec += 1)],
    ['a duplicate step id', (c) => (must(c.steps[2]).id = 'chin-tuck')],
  ])('rejects %s', (_name, change) => {
    expect(v.safeParse(CatalogSchema, broken(change)).success).toBe(false);
  });

  it('is frozen, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(CATALOG.steps)).toBe(true);
    expect(Object.isFrozen(stepById('chin-tuck').cues)).toBe(true);
    expect(Object.isFrozen(PRESETS[0]?.steps[0])).toBe(true);
  });
});

describe('catalog content', () => {
  it('has every step kind and 2-4 cues per step', () => {
    expect(new Set(CATALOG.steps.map((s) => s.kind))).toEqual(new Set(STEP_KINDS));
    for (const step of CATALOG.steps) {
      expect(step.cues.length, step.id).toBeGreaterThanOrEqual(2);
      expect(step.cues.length, step.id).toBeLessThanOrEqual(4);
    }
  });

  it('gives every step bounds that contain its default', () => {
    for (const { id, boundsSec: b } of CATALOG.steps) {
      expect(b.min <= b.default && b.default <= b.max, id).toBe(true);
    }
  });

  it('traces every step to an article statement, and covers every statement somewhere', () => {
    const used = new Set<string>();
    for (const step of CATALOG.steps) {
      expect(ARTICLE_STATEMENT_IDS, step.id).toContain(step.source.article);
      used.add(step.source.article);
    }
    for (const section of HELP.sections)
      for (const item of section.items) used.add(item.source.article ?? '');
    for (const id of ARTICLE_STATEMENT_IDS) expect(used, id).toContain(id);
  });

  it('labels the stretches and their cautions as general guidance (the exercises are not the article’s)', () => {
    for (const step of CATALOG.steps.filter((s) => s.kind === 'stretch')) {
      expect(step.source, step.id).toEqual({ article: 'S2', general: 'stretching' });
      for (const caution of step.cautions) expect(caution.source.general, step.id).toBe('stretching');
    }
  });

  it('marks as two-sided exactly the stretches the facts list as "each side"', () => {
    const twoSided = CATALOG.steps.filter((s) => s.twoSided).map((s) => s.id);
    expect(twoSided.sort()).toEqual(['cross-body-arm', 'neck-side-bend', 'thread-the-needle']);
  });

  it('offers heat or cold for 15 minutes by default and never more than 20, with its safety notes', () => {
    const heat = stepById('heat-or-cold');
    expect(heat.boundsSec.default).toBe(15 * 60);
    expect(heat.boundsSec.max).toBe(20 * 60);
    expect(heat.cautions).toBe(HEAT_COLD_SAFETY);
    expect(heat.halfTimeCue).toMatch(/skin/i);
  });

  it('breathes for 3 minutes by default and asks the two ratings', () => {
    expect(stepById('paced-breathing').boundsSec.default).toBe(180);
    expect(stepById('settle-in').rating?.moment).toBe('before');
    expect(stepById('settle-in').rating?.question).toBe('How sore is your upper back right now?');
    expect(stepById('good-night').rating?.moment).toBe('after');
  });

  it('has three breathing patterns with the stated timings', () => {
    const timings = Object.fromEntries(
      CATALOG.breathingPatterns.map((p) => [p.id, p.phases.map((x) => `${x.phase}${x.sec}`)]),
    );
    expect(timings).toEqual({
      relaxed: ['in4', 'out6'],
      '4-7-8': ['in4', 'hold7', 'out8'],
      box: ['in4', 'hold4', 'out4', 'hold-out4'],
    });
  });
});

describe('presets', () => {
  it('state 5, 12 and 25 minutes for bedtime, 3 for the morning loosen-up', () => {
    expect(Object.fromEntries(PRESETS.map((p) => [p.id, p.statedSec]))).toEqual({
      quick: 300,
      standard: 720,
      full: 1500,
      morning: 180,
    });
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: step durations add up exactly to the stated length',
    (_id, preset) => {
      expect(preset.steps.reduce((sum, s) => sum + s.durationSec, 0)).toBe(preset.statedSec);
      const plan = buildPlan(presetSettings(preset.id), CATALOG);
      expect(plan.totalSec).toBe(preset.statedSec);
      expect(plan.warnings).toEqual([]);
    },
  );

  // The bedtime routines; the Morning preset is neck and shoulders only (morning-loosen-up.test.ts).
  it.each(BEDTIME_PRESETS.map((p) => [p.id, p] as const))(
    '%s: 5-7 stretches covering upper back, neck and shoulders',
    (_id, preset) => {
      const stretches = preset.steps.map((s) => stepById(s.stepId)).filter((s) => s.kind === 'stretch');
      expect(stretches.length).toBeGreaterThanOrEqual(5);
      expect(stretches.length).toBeLessThanOrEqual(7);
      expect(new Set(stretches.map((s) => s.bodyArea))).toEqual(new Set(['upper-back', 'neck', 'shoulders']));
    },
  );

  it('keeps the routine order: settle, stretches, heat or cold, breathing, posture, good night', () => {
    const kindOrder = ['settle', 'stretch', 'heat-or-cold', 'breathing', 'posture', 'info'];
    for (const preset of PRESETS) {
      const ranks = preset.steps.map((s) => kindOrder.indexOf(stepById(s.stepId).kind));
      expect(
        [...ranks].sort((a, b) => a - b),
        preset.id,
      ).toEqual(ranks);
    }
  });

  it('Quick is stretches and breathing only; only Full has heat or cold', () => {
    const kinds = (id: string): Set<string> =>
      new Set(PRESETS.find((p) => p.id === id)?.steps.map((s) => stepById(s.stepId).kind));
    expect(kinds('quick')).toEqual(new Set(['stretch', 'breathing']));
    expect(kinds('standard').has('heat-or-cold')).toBe(false);
    expect(kinds('full')).toEqual(
      new Set(['settle', 'stretch', 'heat-or-cold', 'breathing', 'posture', 'info']),
    );
  });

  it('catalog problems are reported by name (not just "invalid")', () => {
    const catalog = broken((c) => (firstPresetStep(c).stepId = 'nope')) as Catalog;
    expect(catalogProblems(catalog)).toContain('Preset "quick" uses unknown step "nope"');
  });
});
