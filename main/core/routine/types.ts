/**
 * The routine's vocabulary. Catalog data is plain, frozen, typed objects; schema.ts checks the
 * same shapes at run time (tests, and anyone loading a catalog from elsewhere).
 */

import { EN_TERMS } from './translations/glossary';

export const STEP_KINDS = ['settle', 'stretch', 'heat-or-cold', 'breathing', 'posture', 'info'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const BODY_AREAS = ['upper-back', 'neck', 'shoulders', 'whole-body'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];
export const BODY_AREA_LABELS: Readonly<Record<BodyArea, string>> = EN_TERMS.bodyAreas;

/** Statement ids of the source article, as listed in ROUTINE-FACTS.md. */
export const ARTICLE_STATEMENT_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'P1'] as const;
export type ArticleStatementId = (typeof ARTICLE_STATEMENT_IDS)[number];

/** Widely published guidance we add that is NOT in the article; the UI must label it so. */
export const GENERAL_TOPICS = [
  'stretching',
  'heat-cold',
  'breathing',
  'urgent-care',
  'not-medical-advice',
] as const;
export type GeneralTopic = (typeof GENERAL_TOPICS)[number];

/**
 * Where a piece of content comes from, so anyone can trace it.
 * - `article`: the article statement it carries out ("what to do").
 * - `general`: the topic of general guidance it relies on ("how, safely"), which is not from the
 *   article. A step may have both: the article says "stretch before bed"; the chin tuck itself
 *   and "hold 15-30 s" come from general guidance.
 * At least one of the two is always present.
 */
export type SourceRef =
  | { readonly article: ArticleStatementId; readonly general?: GeneralTopic }
  | { readonly article?: undefined; readonly general: GeneralTopic };

/** Every routine step must implement something the article says, so `article` is required. */
export interface StepSource {
  readonly article: ArticleStatementId;
  readonly general?: GeneralTopic;
}

/** A sentence shown to the user together with where it comes from (cautions, help items). */
export interface SourcedText {
  readonly text: string;
  readonly source: SourceRef;
}

/** Cues are read at a glance mid-stretch, so they must stay short. */
export const MAX_CUE_CHARS = 90;
/** A step title fits on one line of the routine window. */
export const MAX_TITLE_CHARS = 40;

/** Allowed and default length of a step, in whole seconds. */
export interface DurationBounds {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** An optional 0-10 self-rating offered during a step (before and after the routine). */
export interface RatingPrompt {
  readonly moment: 'before' | 'after';
  readonly question: string;
  /** What 0 and 10 mean; the same scale before and after so the two can be compared. */
  readonly lowLabel: string;
  readonly highLabel: string;
}

interface StepCommon {
  /** Stable, kebab-case; stored in settings and history, so never renamed. */
  readonly id: string;
  readonly title: string;
  readonly bodyArea: BodyArea;
  readonly boundsSec: DurationBounds;
  /** Two-sided steps do the first side for half the time, then switch (see halfTimeCue). */
  readonly twoSided: boolean;
  /**
   * Said at half time: "switch sides" for two-sided steps, "check your skin" for heat or cold,
   * null when nothing happens at half time.
   */
  readonly halfTimeCue: string | null;
  /** 2-4 short instructions shown while the step runs. */
  readonly cues: readonly string[];
  readonly cautions: readonly SourcedText[];
  readonly rating: RatingPrompt | null;
  readonly source: StepSource;
}

export interface BasicStep extends StepCommon {
  readonly kind: Exclude<StepKind, 'heat-or-cold'>;
}

export interface HeatColdStep extends StepCommon {
  readonly kind: 'heat-or-cold';
  /** One line each on what to use; shown once the user has picked heat or cold. */
  readonly methods: { readonly heat: string; readonly cold: string };
}

export type CatalogStep = BasicStep | HeatColdStep;

/** The source of a step the person wrote themselves: theirs, never the article's. */
export interface OwnSource {
  readonly yours: true;
}

/** A step of the person's own ("Your exercise"); own-exercise.ts owns its rules. */
export interface OwnStep extends Omit<StepCommon, 'source'> {
  readonly kind: 'stretch';
  readonly source: OwnSource;
  /** A figure from the pose library, or null for none. */
  readonly poseId: string | null;
}

/** Anything the routine can play: a catalog step or one of the person's own. */
export type RoutineStep = CatalogStep | OwnStep;

export const BREATHING_PATTERN_IDS = ['relaxed', '4-7-8', 'box'] as const;
export type BreathingPatternId = (typeof BREATHING_PATTERN_IDS)[number];
/** How each pattern is named wherever it is offered (the settings window, the catalog). */
export const BREATHING_PATTERN_LABELS: Readonly<Record<BreathingPatternId, string>> = {
  relaxed: 'Relaxed: in 4, out 6',
  '4-7-8': '4-7-8: in 4, hold 7, out 8',
  box: 'Box: in 4, hold 4, out 4, hold 4',
};

export const BREATH_PHASES = ['in', 'hold', 'out', 'hold-out'] as const;
export type BreathPhase = (typeof BREATH_PHASES)[number];

export interface BreathingPattern {
  readonly id: BreathingPatternId;
  readonly label: string;
  /** One cycle, repeated for the whole step. */
  readonly phases: readonly { readonly phase: BreathPhase; readonly sec: number }[];
  readonly source: SourceRef;
}

/** The routines a person can choose for bedtime (Settings, the reminder). */
export const BEDTIME_PRESET_IDS = ['quick', 'standard', 'full'] as const;
export type BedtimePresetId = (typeof BEDTIME_PRESET_IDS)[number];
/** Every preset, with the morning loosen-up offered after a sore morning's check-in. */
export const PRESET_IDS = [...BEDTIME_PRESET_IDS, 'morning'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const MORNING_PRESET_ID = 'morning' satisfies PresetId;

/** 'ask' = the user picks heat, cold or skip when the step comes up. */
export const HEAT_COLD_SETTINGS = ['heat', 'cold', 'ask', 'skip'] as const;
export type HeatColdSetting = (typeof HEAT_COLD_SETTINGS)[number];
export type HeatColdMode = Exclude<HeatColdSetting, 'skip'>;

export interface PresetStep {
  readonly stepId: string;
  readonly durationSec: number;
}

export interface Preset {
  readonly id: PresetId;
  readonly title: string;
  readonly description: string;
  /** The length we tell people; the steps' durations add up to exactly this (tested). */
  readonly statedSec: number;
  readonly steps: readonly PresetStep[];
  readonly heatCold: HeatColdSetting;
  readonly breathingPattern: BreathingPatternId;
}

export interface Catalog {
  readonly steps: readonly CatalogStep[];
  readonly presets: readonly Preset[];
  readonly breathingPatterns: readonly BreathingPattern[];
}

/** The catalog with the person's own steps after its own: everything a plan can pick from. */
export type PlayableCatalog = Omit<Catalog, 'steps'> & { readonly steps: readonly RoutineStep[] };

/** A step as it will be played: with its chosen length and per-kind choices. */
export type PlannedStep = RoutineStep & {
  readonly durationSec: number;
  /** Set for breathing steps, null otherwise. */
  readonly breathing: BreathingPattern | null;
  /** Set for heat-or-cold steps ('ask' = choose when it comes up), null otherwise. */
  readonly heatCold: HeatColdMode | null;
};

export interface Plan {
  readonly preset: PresetId;
  readonly steps: readonly PlannedStep[];
  readonly totalSec: number;
  /** Plain-English notes on anything in the configuration we could not use. */
  readonly warnings: readonly string[];
}
