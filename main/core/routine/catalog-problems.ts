/**
 * Consistency rules that span several parts of the catalog (a per-field schema cannot see them).
 * Returns readable problems rather than throwing so a test failure names every broken rule.
 */
import { BREATHING_PATTERN_IDS, PRESET_IDS, type Catalog } from './types';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const value of values) (seen.has(value) ? dupes : seen).add(value);
  return [...dupes];
}

export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const stepsById = new Map(catalog.steps.map((step) => [step.id, step]));

  for (const id of duplicates(catalog.steps.map((s) => s.id))) problems.push(`Step id "${id}" is used twice`);
  for (const id of duplicates(catalog.presets.map((p) => p.id)))
    problems.push(`Preset "${id}" is defined twice`);
  for (const id of PRESET_IDS) {
    if (!catalog.presets.some((p) => p.id === id)) problems.push(`Preset "${id}" is missing`);
  }
  for (const id of BREATHING_PATTERN_IDS) {
    if (!catalog.breathingPatterns.some((p) => p.id === id))
      problems.push(`Breathing pattern "${id}" is missing`);
  }

  for (const preset of catalog.presets) {
    const ids = preset.steps.map((s) => s.stepId);
    for (const id of duplicates(ids)) problems.push(`Preset "${preset.id}" lists "${id}" twice`);
    let total = 0;
    for (const { stepId, durationSec } of preset.steps) {
      total += durationSec;
      const step = stepsById.get(stepId);
      if (step === undefined) {
        problems.push(`Preset "${preset.id}" uses unknown step "${stepId}"`);
      } else if (durationSec < step.boundsSec.min || durationSec > step.boundsSec.max) {
        problems.push(`Preset "${preset.id}" gives "${stepId}" ${durationSec} s, outside its bounds`);
      }
    }
    if (total !== preset.statedSec) {
      problems.push(`Preset "${preset.id}" adds up to ${total} s but states ${preset.statedSec} s`);
    }
  }
  return problems;
}
