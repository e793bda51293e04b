/**
 * Reads an untrusted routine configuration field by field. Anything unusable falls back to the
 * preset for just that field or step, with a warning; unknown keys are ignored without one,
 * because the configuration usually travels inside a larger settings section.
 */
import * as v from 'valibot';
import {
  BreathingPatternIdSchema,
  durationSchema,
  HeatColdSettingSchema,
  PresetIdSchema,
} from './config-schema';
import { PLAN_MESSAGES as M } from './plan-messages';
import { DEFAULT_PRESET_ID } from './presets';
import type { BreathingPatternId, HeatColdSetting, PlayableCatalog, Preset, RoutineStep } from './types';

export interface ResolvedConfig {
  readonly preset: Preset;
  /** Explicit on/off per known step id. */
  readonly enabled: ReadonlyMap<string, boolean>;
  /** Durations already checked against each step's bounds. */
  readonly durations: ReadonlyMap<string, number>;
  /** Known, de-duplicated step ids, or null for "the usual order". */
  readonly order: readonly string[] | null;
  readonly heatCold: HeatColdSetting;
  readonly breathingPattern: BreathingPatternId;
  readonly breathingSec: number | null;
}

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key like "constructor" must not reach Object.prototype. */
function field(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

export function fallbackPreset(catalog: PlayableCatalog): Preset | undefined {
  return catalog.presets.find((p) => p.id === DEFAULT_PRESET_ID) ?? catalog.presets[0];
}

/** The preset's own settings, no changes. */
export function presetConfig(preset: Preset): ResolvedConfig {
  return {
    preset,
    enabled: new Map(),
    durations: new Map(),
    order: null,
    heatCold: preset.heatCold,
    breathingPattern: preset.breathingPattern,
    breathingSec: null,
  };
}

export function readConfig(
  raw: unknown,
  catalog: PlayableCatalog,
  fallback: Preset,
  warnings: string[],
): ResolvedConfig {
  if (!isFields(raw)) {
    warnings.push(M.unreadable(fallback.title));
    return presetConfig(fallback);
  }
  const preset = readPreset(field(raw, 'preset'), catalog, fallback, warnings);
  const stepsById = new Map(catalog.steps.map((s) => [s.id, s]));
  const changes = readOverrides(field(raw, 'overrides'), stepsById, warnings);
  const rawOrder = field(raw, 'order');
  return {
    preset,
    enabled: changes.enabled,
    durations: changes.durations,
    order: rawOrder === undefined ? changes.listOrder : readOrder(rawOrder, stepsById, warnings),
    heatCold: pick(HeatColdSettingSchema, field(raw, 'heatCold'), preset.heatCold, M.heatCold, warnings),
    breathingPattern: pick(
      BreathingPatternIdSchema,
      field(raw, 'breathingPattern'),
      preset.breathingPattern,
      M.breathingPattern,
      warnings,
    ),
    breathingSec: readBreathingSec(field(raw, 'breathingSec'), catalog, warnings),
  };
}

function readPreset(value: unknown, catalog: PlayableCatalog, fallback: Preset, warnings: string[]): Preset {
  if (value === undefined) {
    warnings.push(M.noPreset(fallback.title));
    return fallback;
  }
  const parsed = v.safeParse(PresetIdSchema, value);
  const preset = parsed.success ? catalog.presets.find((p) => p.id === parsed.output) : undefined;
  if (preset === undefined) warnings.push(M.unknownPreset(value, fallback.title));
  return preset ?? fallback;
}

/** Absent means "the preset's"; present but invalid also means that, with a warning. */
function pick<T extends string>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  presetValue: T,
  message: (value: unknown, kept: string) => string,
  warnings: string[],
): T {
  if (value === undefined) return presetValue;
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  warnings.push(message(value, presetValue));
  return presetValue;
}

function readBreathingSec(value: unknown, catalog: PlayableCatalog, warnings: string[]): number | null {
  if (value === undefined) return null;
  const step = catalog.steps.find((s) => s.kind === 'breathing');
  const { min, max } = step?.boundsSec ?? { min: 60, max: 600 };
  if (v.is(durationSchema(min, max), value)) return value;
  warnings.push(M.breathingSec(value, min, max));
  return null;
}

interface StepChanges {
  enabled: Map<string, boolean>;
  durations: Map<string, number>;
  listOrder: string[] | null;
}

function readOverrides(
  value: unknown,
  steps: ReadonlyMap<string, RoutineStep>,
  warnings: string[],
): StepChanges {
  const changes: StepChanges = { enabled: new Map(), durations: new Map(), listOrder: null };
  if (value === undefined) return changes;
  let entries: [unknown, unknown][];
  if (Array.isArray(value)) {
    // The settings document's form: [{ id, enabled, durationSec }], in play order.
    entries = value.map((entry): [unknown, unknown] => [
      isFields(entry) ? field(entry, 'id') : undefined,
      entry,
    ]);
    changes.listOrder = [];
  } else if (isFields(value)) {
    entries = Object.keys(value).map((id): [unknown, unknown] => [id, field(value, id)]);
  } else {
    warnings.push(M.overridesUnreadable);
    return changes;
  }
  const seen = new Set<string>();
  const unknown: unknown[] = [];
  for (const [id, entry] of entries) {
    if (typeof id !== 'string') {
      warnings.push(M.entryUnreadable);
      continue;
    }
    const step = steps.get(id);
    if (step === undefined) {
      unknown.push(id);
      continue;
    }
    if (seen.has(step.id)) {
      warnings.push(M.duplicateStep(step.title));
      continue;
    }
    seen.add(step.id);
    changes.listOrder?.push(step.id);
    readOverride(step, entry, changes, warnings);
  }
  if (unknown.length > 0) warnings.push(M.unknownSteps(unknown));
  return changes;
}

function readOverride(step: RoutineStep, entry: unknown, changes: StepChanges, warnings: string[]): void {
  if (!isFields(entry)) {
    warnings.push(M.enabledUnreadable(step.title));
    return;
  }
  const enabled = field(entry, 'enabled');
  if (typeof enabled === 'boolean') changes.enabled.set(step.id, enabled);
  else if (enabled !== undefined) warnings.push(M.enabledUnreadable(step.title));

  const duration = field(entry, 'durationSec');
  const { min, max } = step.boundsSec;
  if (v.is(durationSchema(min, max), duration)) changes.durations.set(step.id, duration);
  else if (duration !== undefined) warnings.push(M.durationOutOfBounds(step.title, duration, min, max));
}

function readOrder(
  value: unknown,
  steps: ReadonlyMap<string, RoutineStep>,
  warnings: string[],
): string[] | null {
  if (!Array.isArray(value)) {
    warnings.push(M.orderUnreadable);
    return null;
  }
  const order: string[] = [];
  const repeated = new Set<string>();
  const unknown: unknown[] = [];
  for (const id of value) {
    const step = typeof id === 'string' ? steps.get(id) : undefined;
    if (step === undefined) unknown.push(id);
    else if (!order.includes(step.id)) order.push(step.id);
    else repeated.add(step.title);
  }
  for (const title of repeated) warnings.push(M.orderDuplicate(title));
  if (unknown.length > 0) warnings.push(M.orderUnknown(unknown));
  return order;
}
