import * as v from 'valibot';
import { expect } from 'vitest';
import { CATALOG, CatalogStepSchema, PRESET_IDS, type Plan } from '../../../main/core/routine';

/** Everything a playable plan must satisfy, whatever configuration produced it. */
export function expectValidPlan(plan: Plan): void {
  expect(PRESET_IDS).toContain(plan.preset);
  expect(plan.steps.length).toBeGreaterThan(0);
  expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);
  for (const planned of plan.steps) {
    const { durationSec, breathing, heatCold, ...rest } = planned;
    const original = CATALOG.steps.find((s) => s.id === planned.id);
    expect(rest).toEqual(original);
    expect(v.is(CatalogStepSchema, rest)).toBe(true);
    expect(Number.isInteger(durationSec)).toBe(true);
    expect(durationSec).toBeGreaterThanOrEqual(planned.boundsSec.min);
    expect(durationSec).toBeLessThanOrEqual(planned.boundsSec.max);
    if (planned.kind === 'breathing') expect(CATALOG.breathingPatterns).toContain(breathing);
    else expect(breathing).toBeNull();
    if (planned.kind === 'heat-or-cold') expect(['heat', 'cold', 'ask']).toContain(heatCold);
    else expect(heatCold).toBeNull();
  }
  expect(plan.totalSec).toBe(plan.steps.reduce((sum, s) => sum + s.durationSec, 0));
  for (const warning of plan.warnings) {
    expect(typeof warning).toBe('string');
    // Our own words (outside the quoted values people gave us) must never leak placeholders.
    expect(warning.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/undefined|\[object|NaN/);
  }
}

export const ids = (plan: Plan): string[] => plan.steps.map((s) => s.id);
export const durationOf = (plan: Plan, id: string): number | undefined =>
  plan.steps.find((s) => s.id === id)?.durationSec;
