/**
 * Run-time schemas for the catalog (checked in tests, and by anyone loading a catalog from
 * elsewhere). Each schema is typed against the hand-written types, so the two cannot silently
 * diverge. Step ids follow the same rule as the ids settings and history store.
 */
import * as v from 'valibot';
import { stepIdSchema } from '../settings/schema';
import { catalogProblems } from './catalog-problems';
import {
  ARTICLE_STATEMENT_IDS,
  BODY_AREAS,
  BREATH_PHASES,
  BREATHING_PATTERN_IDS,
  GENERAL_TOPICS,
  HEAT_COLD_SETTINGS,
  PRESET_IDS,
  STEP_KINDS,
  type BreathingPattern,
  type Catalog,
  type CatalogStep,
  type DurationBounds,
  type Preset,
  type SourceRef,
  type SourcedText,
  type StepSource,
} from './types';

/** Cues are read at a glance mid-stretch, so they must stay short. */
export const MAX_CUE_CHARS = 90;
const MAX_TEXT_CHARS = 160;

function text(max: number) {
  return v.pipe(
    v.string(),
    v.nonEmpty(),
    v.check((s) => s.trim() === s, 'Text must not start or end with spaces'),
    v.maxLength(max),
  );
}

const wholeSeconds = v.pipe(v.number(), v.integer(), v.minValue(1));

export const SourceRefSchema: v.GenericSchema<unknown, SourceRef> = v.union([
  v.strictObject({
    article: v.picklist(ARTICLE_STATEMENT_IDS),
    general: v.optional(v.picklist(GENERAL_TOPICS)),
  }),
  v.strictObject({ article: v.optional(v.undefined()), general: v.picklist(GENERAL_TOPICS) }),
]);

export const StepSourceSchema: v.GenericSchema<unknown, StepSource> = v.strictObject({
  article: v.picklist(ARTICLE_STATEMENT_IDS),
  general: v.optional(v.picklist(GENERAL_TOPICS)),
});

export const SourcedTextSchema: v.GenericSchema<unknown, SourcedText> = v.strictObject({
  text: text(MAX_TEXT_CHARS),
  source: SourceRefSchema,
});

export const DurationBoundsSchema: v.GenericSchema<unknown, DurationBounds> = v.pipe(
  v.strictObject({ min: wholeSeconds, max: wholeSeconds, default: wholeSeconds }),
  v.check((b) => b.min <= b.default && b.default <= b.max, 'Bounds must satisfy min <= default <= max'),
);

const commonStepEntries = {
  id: stepIdSchema,
  title: text(40),
  bodyArea: v.picklist(BODY_AREAS),
  boundsSec: DurationBoundsSchema,
  twoSided: v.boolean(),
  halfTimeCue: v.nullable(text(MAX_CUE_CHARS)),
  cues: v.pipe(v.array(text(MAX_CUE_CHARS)), v.minLength(2), v.maxLength(4)),
  cautions: v.array(SourcedTextSchema),
  rating: v.nullable(
    v.strictObject({
      moment: v.picklist(['before', 'after']),
      question: text(MAX_CUE_CHARS),
      lowLabel: text(40),
      highLabel: text(40),
    }),
  ),
  source: StepSourceSchema,
};

const basicKinds = STEP_KINDS.filter((k): k is Exclude<typeof k, 'heat-or-cold'> => k !== 'heat-or-cold');

export const CatalogStepSchema: v.GenericSchema<unknown, CatalogStep> = v.pipe(
  v.variant('kind', [
    v.strictObject({ ...commonStepEntries, kind: v.picklist(basicKinds) }),
    v.strictObject({
      ...commonStepEntries,
      kind: v.literal('heat-or-cold'),
      methods: v.strictObject({ heat: text(MAX_TEXT_CHARS), cold: text(MAX_TEXT_CHARS) }),
    }),
  ]),
  // Something must tell the user when to switch sides or check their skin.
  v.check((s) => !s.twoSided || s.halfTimeCue !== null, 'A two-sided step needs a switch-sides cue'),
  v.check((s) => s.kind !== 'heat-or-cold' || s.halfTimeCue !== null, 'Heat or cold needs a skin-check cue'),
);

export const BreathingPatternSchema: v.GenericSchema<unknown, BreathingPattern> = v.strictObject({
  id: v.picklist(BREATHING_PATTERN_IDS),
  label: text(60),
  phases: v.pipe(
    v.array(v.strictObject({ phase: v.picklist(BREATH_PHASES), sec: wholeSeconds })),
    v.minLength(2),
  ),
  source: SourceRefSchema,
});

export const PresetSchema: v.GenericSchema<unknown, Preset> = v.strictObject({
  id: v.picklist(PRESET_IDS),
  title: text(40),
  description: text(MAX_TEXT_CHARS),
  statedSec: wholeSeconds,
  steps: v.pipe(v.array(v.strictObject({ stepId: stepIdSchema, durationSec: wholeSeconds })), v.minLength(1)),
  heatCold: v.picklist(HEAT_COLD_SETTINGS),
  breathingPattern: v.picklist(BREATHING_PATTERN_IDS),
});

/** Shapes plus the cross-references between steps, presets and patterns (catalog-problems.ts). */
export const CatalogSchema: v.GenericSchema<unknown, Catalog> = v.pipe(
  v.strictObject({
    steps: v.pipe(v.array(CatalogStepSchema), v.minLength(1)),
    presets: v.array(PresetSchema),
    breathingPatterns: v.array(BreathingPatternSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of catalogProblems(dataset.value)) addIssue({ message });
  }),
);
