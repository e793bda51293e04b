/**
 * The routine's content in the reader's language: pure functions from the English content and a
 * translation (load.ts loads one) to the same shapes with the words swapped. Ids, sources, bounds,
 * durations and order are never touched, so a plan built from a localized catalog is the English
 * plan in other words. `null` is English, the source: every function then returns its input.
 * The few words a window shows first are localized in localize-words.ts, the pictures' words in
 * localize-figure.ts.
 */
import type { HelpContent, HelpSection } from '../help';
import { OWN_EXERCISE_MESSAGES } from '../own-exercise';
import { PLAN_WORDS, type PlanWords } from '../plan-messages';
import { BREATHING_SAFETY, HEAT_COLD_SAFETY, STRETCHING_SAFETY } from '../safety';
import { BODY_AREA_LABELS, type BodyArea, type Catalog, type CatalogStep, type SourcedText } from '../types';
import { deepFreeze } from '../../freeze';
import type { AnyStepTexts, HelpTexts, OwnExerciseMessages, RoutineTranslation } from './routine-texts';

/** English texts by index, swapped for the translation's; an index it lacks keeps the English. */
function withTexts(items: readonly SourcedText[], texts: readonly string[]): readonly SourcedText[] {
  return items.map((item, i) => ({ ...item, text: texts[i] ?? item.text }));
}

/** The translation's steps, read by an id the compiler only knows as a string. */
function stepTexts(translation: RoutineTranslation): Readonly<Record<string, AnyStepTexts | undefined>> {
  return translation.steps;
}

function localizeStep(step: CatalogStep, texts: AnyStepTexts | undefined): CatalogStep {
  // A step this translation does not know keeps its English words (the shipped catalog has none).
  if (texts === undefined) return step;
  const words = {
    title: texts.title,
    halfTimeCue: step.halfTimeCue === null ? null : (texts.halfTimeCue ?? step.halfTimeCue),
    cues: step.cues.map((cue, i) => texts.cues[i] ?? cue),
    cautions: withTexts(step.cautions, texts.cautions),
    rating: step.rating === null ? null : { ...step.rating, ...texts.rating },
  };
  if (step.kind === 'heat-or-cold') return { ...step, ...words, methods: texts.methods ?? step.methods };
  return { ...step, ...words };
}

export function localizeCatalog(catalog: Catalog, translation: RoutineTranslation | null): Catalog {
  if (translation === null) return catalog;
  const steps = stepTexts(translation);
  // Frozen like the English catalog: whoever keeps it for a language shares it with every caller.
  return deepFreeze<Catalog>({
    steps: catalog.steps.map((step) => localizeStep(step, steps[step.id])),
    presets: catalog.presets.map((preset) => ({ ...preset, ...translation.presets[preset.id] })),
    breathingPatterns: catalog.breathingPatterns.map((pattern) => ({
      ...pattern,
      label: translation.breathingPatterns[pattern.id],
    })),
  });
}

/** The translation's sections, read by an id the compiler only knows as a string. */
function sectionTexts(
  help: HelpTexts,
): Readonly<Record<string, { title: string; intro: string | null; items: readonly string[] } | undefined>> {
  return help.sections;
}

export function localizeHelp(help: HelpContent, translation: RoutineTranslation | null): HelpContent {
  if (translation === null) return help;
  const sections = sectionTexts(translation.help);
  const localizeSection = (section: HelpSection): HelpSection => {
    const texts = sections[section.id];
    if (texts === undefined) return section;
    const intro = section.intro === null ? null : (texts.intro ?? section.intro);
    return { ...section, title: texts.title, intro, items: withTexts(section.items, texts.items) };
  };
  return deepFreeze<HelpContent>({
    disclaimer: { ...help.disclaimer, text: translation.disclaimer },
    sections: help.sections.map(localizeSection),
  });
}

/** The general safety lists, as the steps' cautions and the help page show them. */
export function localizeSafety(translation: RoutineTranslation | null): {
  readonly stretching: readonly SourcedText[];
  readonly heatCold: readonly SourcedText[];
  readonly breathing: readonly SourcedText[];
} {
  const texts = translation?.safety;
  return {
    stretching: texts === undefined ? STRETCHING_SAFETY : withTexts(STRETCHING_SAFETY, texts.stretching),
    heatCold: texts === undefined ? HEAT_COLD_SAFETY : withTexts(HEAT_COLD_SAFETY, texts.heatCold),
    breathing: texts === undefined ? BREATHING_SAFETY : withTexts(BREATHING_SAFETY, texts.breathing),
  };
}

/** buildPlan's own words: pass with the localized catalog of the same language. */
export function localizePlanWords(translation: RoutineTranslation | null): PlanWords {
  if (translation === null) return PLAN_WORDS;
  return { messages: translation.planMessages, ownStepCautions: localizeSafety(translation).stretching };
}

export function localizeBodyAreaLabels(
  translation: RoutineTranslation | null,
): Readonly<Record<BodyArea, string>> {
  return translation?.terms.bodyAreas ?? BODY_AREA_LABELS;
}

/** The own-exercise form's messages (own-exercise-schema.ts words its issues with the English). */
export function localizeOwnExerciseMessages(translation: RoutineTranslation | null): OwnExerciseMessages {
  return translation?.ownExerciseMessages ?? OWN_EXERCISE_MESSAGES;
}
