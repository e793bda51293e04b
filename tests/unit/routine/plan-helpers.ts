import * as v from 'valibot';
import { expect } from 'vitest';
import { CATALOG } from '../../../main/core/routine/catalog';
import { CatalogStepSchema } from '../../../main/core/routine/schema';
import type { PlanSettings } from '../../../main/core/routine/plan';
import { PRESETS } from '../../../main/core/routine/presets';
import { PRESET_IDS, type Plan, type PresetId } from '../../../main/core/routine/types';
import { defaultSettings } from '../../../main/core/settings/defaults';

/**
 * Routine settings that play a preset exactly as it comes: its own heat-or-cold choice, breathing
 * pattern and breathing length (the settings always carry a breathing length, which wins).
 */
export function presetSettings(id: PresetId, change: Partial<PlanSettings> = {}): PlanSettings {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const breathing = preset.steps.find((s) => s.stepId === 'paced-breathing');
  return {
    ...defaultSettings().routine,
    preset: id,
    heatCold: preset.heatCold,
    breathingPattern: preset.breathingPattern,
    breathingSec: breathing?.durationSec ?? defaultSettings().routine.breathingSec,
    ...change,
  };
}

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
