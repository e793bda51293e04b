/**
 * buildPlan: a routine configuration (untrusted, e.g. straight from a settings file) plus the
 * catalog in, a playable plan out. Never throws: whatever cannot be used falls back to the
 * preset for the affected steps, and `warnings` says so in plain English.
 */
import { PLAN_MESSAGES as M } from './plan-messages';
import { fallbackPreset, presetConfig, readConfig, type ResolvedConfig } from './plan-config';
import type { Catalog, HeatColdMode, OwnStep, Plan, PlannedStep, PlayableCatalog, RoutineStep } from './types';

interface Slot {
  readonly step: RoutineStep;
  readonly durationSec: number;
}

/** `own`: the person's own steps, which the configuration can switch on and place like any other. */
export function buildPlan(config: unknown, base: Catalog, own: readonly OwnStep[] = []): Plan {
  const catalog: PlayableCatalog = own.length === 0 ? base : { ...base, steps: [...base.steps, ...own] };
  const fallback = fallbackPreset(catalog);
  if (fallback === undefined) return { preset: 'standard', steps: [], totalSec: 0, warnings: [M.noRoutines] };
  const warnings: string[] = [];
  try {
    return assemble(readConfig(config, catalog, fallback, warnings), catalog, warnings);
  } catch {
    // Only hostile input gets here (e.g. a getter that throws); the bedtime routine must still run.
    return assemble(presetConfig(fallback), catalog, [M.unreadable(fallback.title)]);
  }
}

function assemble(config: ResolvedConfig, catalog: PlayableCatalog, warnings: string[]): Plan {
  const stepsById = new Map(catalog.steps.map((s) => [s.id, s]));
  const rank = new Map(catalog.steps.map((s, i) => [s.id, i]));

  const presetSlots: Slot[] = [];
  for (const { stepId, durationSec } of config.preset.steps) {
    const step = stepsById.get(stepId);
    if (step === undefined) warnings.push(M.presetStepMissing(stepId));
    else presetSlots.push({ step, durationSec });
  }

  let slots = presetSlots.filter((slot) => config.enabled.get(slot.step.id) !== false);
  for (const step of catalog.steps) {
    const wanted = config.enabled.get(step.id) === true;
    if (wanted && !slots.some((slot) => slot.step.id === step.id)) {
      slots = insertByRank(slots, { step, durationSec: step.boundsSec.default }, rank);
    }
  }
  if (config.heatCold === 'skip') {
    const explicitlyOn = slots.some((s) => s.step.kind === 'heat-or-cold' && config.enabled.get(s.step.id));
    if (explicitlyOn) warnings.push(M.heatColdSkipped);
    slots = slots.filter((slot) => slot.step.kind !== 'heat-or-cold');
  }
  slots = slots.map((slot) => ({ step: slot.step, durationSec: chosenDuration(slot, config) }));
  if (config.order !== null) slots = reorder(slots, config.order);

  if (slots.length === 0) {
    warnings.push(M.allDisabled);
    // The preset as it comes, still honouring "skip heat or cold" when that leaves anything.
    const withoutHeat = presetSlots.filter((slot) => slot.step.kind !== 'heat-or-cold');
    slots = config.heatCold === 'skip' && withoutHeat.length > 0 ? withoutHeat : presetSlots;
  }

  const steps = slots.map((slot) => toPlanned(slot, config, catalog));
  const totalSec = steps.reduce((sum, step) => sum + step.durationSec, 0);
  return { preset: config.preset.id, steps, totalSec, warnings };
}

function chosenDuration(slot: Slot, config: ResolvedConfig): number {
  if (slot.step.kind === 'breathing' && config.breathingSec !== null) {
    const { min, max } = slot.step.boundsSec;
    // Breathing's dedicated setting wins over a per-step duration; the catalog bounds still hold.
    if (config.breathingSec >= min && config.breathingSec <= max) return config.breathingSec;
  }
  return config.durations.get(slot.step.id) ?? slot.durationSec;
}

/** Insert after the last slot that comes earlier in the catalog's natural order. */
function insertByRank(slots: readonly Slot[], slot: Slot, rank: ReadonlyMap<string, number>): Slot[] {
  const own = rank.get(slot.step.id) ?? Infinity;
  let at = 0;
  slots.forEach((other, i) => {
    if ((rank.get(other.step.id) ?? Infinity) < own) at = i + 1;
  });
  return [...slots.slice(0, at), slot, ...slots.slice(at)];
}

/** Steps named in `order` come first, in that order; the rest keep their places after them. */
function reorder(slots: readonly Slot[], order: readonly string[]): Slot[] {
  const listed = order.flatMap((id) => slots.filter((slot) => slot.step.id === id));
  return [...listed, ...slots.filter((slot) => !order.includes(slot.step.id))];
}

function toPlanned(slot: Slot, config: ResolvedConfig, catalog: PlayableCatalog): PlannedStep {
  const pattern =
    catalog.breathingPatterns.find((p) => p.id === config.breathingPattern) ?? catalog.breathingPatterns[0];
  const mode: HeatColdMode = config.heatCold === 'skip' ? 'ask' : config.heatCold;
  return {
    ...slot.step,
    durationSec: slot.durationSec,
    breathing: slot.step.kind === 'breathing' ? (pattern ?? null) : null,
    heatCold: slot.step.kind === 'heat-or-cold' ? mode : null,
  };
}
