/**
 * The routine configuration a user can save: a preset plus optional changes. Step-specific
 * limits (each step's duration bounds) live in the catalog, so buildPlan checks those; this
 * schema checks the shape. The settings form and buildPlan use the same field schemas.
 */
import * as v from 'valibot';
import { BREATHING_PATTERN_IDS, HEAT_COLD_SETTINGS, PRESET_IDS } from './types';

export const PresetIdSchema = v.picklist(PRESET_IDS);
export const HeatColdSettingSchema = v.picklist(HEAT_COLD_SETTINGS);
export const BreathingPatternIdSchema = v.picklist(BREATHING_PATTERN_IDS);

/** Whole seconds within [min, max]: a step's allowed length. */
export function durationSchema(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

/** Breathing's own limits, also enforced per step by the catalog's bounds. */
export const BreathingSecSchema = durationSchema(60, 600);

export const StepOverrideSchema = v.strictObject({
  enabled: v.optional(v.boolean()),
  durationSec: v.optional(durationSchema(1, 3600)),
});

/**
 * The list form the settings document stores ({id, enabled, durationSec} in play order). Its
 * order doubles as the routine's order when `order` is absent.
 */
export const StepOverrideListSchema = v.array(
  v.strictObject({ id: v.string(), ...StepOverrideSchema.entries }),
);

export const RoutineConfigSchema = v.strictObject({
  preset: PresetIdSchema,
  overrides: v.optional(v.union([v.record(v.string(), StepOverrideSchema), StepOverrideListSchema])),
  order: v.optional(v.array(v.string())),
  heatCold: HeatColdSettingSchema,
  breathingPattern: BreathingPatternIdSchema,
  breathingSec: BreathingSecSchema,
});

export type RoutineConfig = v.InferOutput<typeof RoutineConfigSchema>;
export type StepOverride = v.InferOutput<typeof StepOverrideSchema>;
