/** The routine domain: catalog data, its schema, presets, help content and the plan builder. */
export * from './types';
export { CATALOG } from './catalog';
export { catalogProblems } from './catalog-problems';
export { DEFAULT_PRESET_ID, PRESETS, PRESET_STATED_SEC } from './presets';
export { HELP, HELP_SECTION_IDS, type HelpContent, type HelpSection, type HelpSectionId } from './help';
export { BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY } from './safety';
export { ARTICLE_STATEMENTS, GENERAL_TOPIC_NAMES, describeSource } from './sources';
export {
  BreathingPatternSchema,
  CatalogSchema,
  CatalogStepSchema,
  DurationBoundsSchema,
  PresetSchema,
  SourceRefSchema,
  SourcedTextSchema,
  StepSourceSchema,
} from './schema';
export {
  BreathingPatternIdSchema,
  BreathingSecSchema,
  HeatColdSettingSchema,
  PresetIdSchema,
  RoutineConfigSchema,
  StepOverrideListSchema,
  StepOverrideSchema,
  durationSchema,
  type RoutineConfig,
  type StepOverride,
} from './config-schema';
export { PLAN_MESSAGES, formatDuration } from './plan-messages';
export { buildPlan } from './plan';
