/**
 * buildPlan: the user's routine settings (already validated) plus the catalog in, a playable plan
 * out. Settings can still name what this catalog lacks, because a settings file outlives the
 * release that wrote it: a step that no longer exists, or a length outside a step's own bounds.
 * Those changes are left out and `warnings` says so in plain English; everything else is used as given.
 */
import type { RoutineSettings } from '../settings/schema';
import { toOwnStep } from './own-exercise';
import { PLAN_WORDS, type PlanMessages, type PlanWords } from './plan-messages';
import type {
  Catalog,
  HeatColdMode,
  Plan,
  PlannedStep,
  PlayableCatalog,
  Preset,
  PresetId,
  RoutineStep,
} from './types';

/** The routine settings a plan depends on (the player-only ones, like chime volume, aside). */
export type PlanSettings = Pick<
  RoutineSettings,
  'steps' | 'heatCold' | 'breathingPattern' | 'breathingSec' | 'ownSteps'
> & {
  /** Settings name a bedtime preset; the morning loosen-up is planned the same way. */
  readonly preset: PresetId;
};

interface Slot {
  readonly step: RoutineStep;
  readonly durationSec: number;
}

/** The user's step changes that this catalog can use. */
interface StepChanges {
  /** Explicit on/off per known step id. */
  readonly enabled: ReadonlyMap<string, boolean>;
  /** Durations within each step's bounds. */
  readonly durations: ReadonlyMap<string, number>;
  /** Known step ids in the user's play order, or null for "the usual order". */
  readonly order: readonly string[] | null;
}

/** `words` are the plan's own words (warnings, an own step's cautions): the catalog's language. */
export function buildPlan(settings: PlanSettings, base: Catalog, words: PlanWords = PLAN_WORDS): Plan {
  const { messages, ownStepCautions } = words;
  const own = settings.ownSteps.map((setting) => ({ ...toOwnStep(setting), cautions: ownStepCautions }));
  // The person's own steps join the catalog's, after them; the settings' list places them.
  const catalog: PlayableCatalog = { ...base, steps: [...base.steps, ...own] };
  const preset = catalog.presets.find((p) => p.id === settings.preset) ?? catalog.presets[0];
  if (preset === undefined)
    return { preset: settings.preset, steps: [], totalSec: 0, warnings: [messages.noRoutines] };
  const warnings: string[] = [];
  const changes = readSteps(settings.steps, catalog, warnings, messages);
  return assemble(settings, preset, changes, catalog, warnings, messages);
}

function readSteps(
  saved: PlanSettings['steps'],
  catalog: PlayableCatalog,
  warnings: string[],
  M: PlanMessages,
): StepChanges {
  const stepsById = new Map(catalog.steps.map((s) => [s.id, s]));
  const enabled = new Map<string, boolean>();
  const durations = new Map<string, number>();
  const order: string[] = [];
  const unknown: string[] = [];
  for (const entry of saved) {
    const step = stepsById.get(entry.id);
    if (step === undefined) {
      unknown.push(entry.id);
      continue;
    }
    order.push(step.id);
    enabled.set(step.id, entry.enabled);
    const { min, max } = step.boundsSec;
    if (entry.durationSec >= min && entry.durationSec <= max) durations.set(step.id, entry.durationSec);
    else warnings.push(M.durationOutOfBounds(step.title, entry.durationSec, min, max));
  }
  if (unknown.length > 0) warnings.push(M.unknownSteps(unknown));
  // An empty list means "the preset as it comes", in its usual order.
  return { enabled, durations, order: saved.length > 0 ? order : null };
}

function assemble(
  settings: PlanSettings,
  preset: Preset,
  changes: StepChanges,
  catalog: PlayableCatalog,
  warnings: string[],
  M: PlanMessages,
): Plan {
  const stepsById = new Map(catalog.steps.map((s) => [s.id, s]));

  const presetSlots: Slot[] = [];
  for (const { stepId, durationSec } of preset.steps) {
    const step = stepsById.get(stepId);
    if (step === undefined) warnings.push(M.presetStepMissing(stepId));
    else presetSlots.push({ step, durationSec });
  }

  let slots = presetSlots.filter((slot) => changes.enabled.get(slot.step.id) !== false);
  // Extras the user switched on; the user's order (below) places them.
  for (const step of catalog.steps) {
    const wanted = changes.enabled.get(step.id) === true;
    if (wanted && !slots.some((slot) => slot.step.id === step.id)) {
      slots.push({ step, durationSec: step.boundsSec.default });
    }
  }
  if (settings.heatCold === 'skip') {
    const explicitlyOn = slots.some((s) => s.step.kind === 'heat-or-cold' && changes.enabled.get(s.step.id));
    if (explicitlyOn) warnings.push(M.heatColdSkipped);
    slots = slots.filter((slot) => slot.step.kind !== 'heat-or-cold');
  }
  slots = slots.map((slot) => ({ step: slot.step, durationSec: chosenDuration(slot, settings, changes) }));
  if (changes.order !== null) slots = reorder(slots, changes.order);

  if (slots.length === 0) {
    warnings.push(M.allDisabled);
    // The preset as it comes, still honouring "skip heat or cold" when that leaves anything.
    const withoutHeat = presetSlots.filter((slot) => slot.step.kind !== 'heat-or-cold');
    slots = settings.heatCold === 'skip' && withoutHeat.length > 0 ? withoutHeat : presetSlots;
  }

  const steps = slots.map((slot) => toPlanned(slot, settings, catalog));
  const totalSec = steps.reduce((sum, step) => sum + step.durationSec, 0);
  return { preset: preset.id, steps, totalSec, warnings };
}

function chosenDuration(slot: Slot, settings: PlanSettings, changes: StepChanges): number {
  if (slot.step.kind === 'breathing') {
    const { min, max } = slot.step.boundsSec;
    // Breathing's dedicated setting wins over a per-step duration; the catalog bounds still hold.
    if (settings.breathingSec >= min && settings.breathingSec <= max) return settings.breathingSec;
  }
  return changes.durations.get(slot.step.id) ?? slot.durationSec;
}

/** Steps named in `order` come first, in that order; the rest keep their places after them. */
function reorder(slots: readonly Slot[], order: readonly string[]): Slot[] {
  const listed = order.flatMap((id) => slots.filter((slot) => slot.step.id === id));
  return [...listed, ...slots.filter((slot) => !order.includes(slot.step.id))];
}

function toPlanned(slot: Slot, settings: PlanSettings, catalog: PlayableCatalog): PlannedStep {
  const pattern =
    catalog.breathingPatterns.find((p) => p.id === settings.breathingPattern) ?? catalog.breathingPatterns[0];
  const mode: HeatColdMode = settings.heatCold === 'skip' ? 'ask' : settings.heatCold;
  return {
    ...slot.step,
    durationSec: slot.durationSec,
    breathing: slot.step.kind === 'breathing' ? (pattern ?? null) : null,
    heatCold: slot.step.kind === 'heat-or-cold' ? mode : null,
  };
}
