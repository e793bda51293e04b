import { buildPlan } from '../core/routine/plan';
import { CATALOG } from '../core/routine/catalog';
import { PLAN_WORDS, type PlanWords } from '../core/routine/plan-messages';
import type { PoseChoice } from '../core/routine/own-exercise';
import { POSE_CHOICES } from '../core/routine/pose-choices';
import { HELP, type HelpContent } from '../core/routine/help';
import { localizeCatalog, localizeHelp, localizePlanWords } from '../core/routine/translations/localize';
import { localizePoseChoices } from '../core/routine/translations/localize-figure';
import type { RoutineTranslation } from '../core/routine/translations/routine-texts';
import { MORNING_PRESET_ID, type Catalog, type Plan } from '../core/routine/types';
import type { Settings } from '../core/settings/schema';

/** The routine's content in one language: what plans and the editor are built from. */
export interface RoutineContent {
  readonly catalog: Catalog;
  readonly words: PlanWords;
  readonly poses: readonly PoseChoice[];
  /** The help page (the history view's check-up card quotes two of its sections). */
  readonly help: HelpContent;
}

export const ENGLISH_CONTENT: RoutineContent = {
  catalog: CATALOG,
  words: PLAN_WORDS,
  poses: POSE_CHOICES,
  help: HELP,
};

/** null is English. Built once per language change: localizing copies and freezes the whole catalog. */
export function routineContent(translation: RoutineTranslation | null): RoutineContent {
  if (translation === null) return ENGLISH_CONTENT;
  return {
    catalog: localizeCatalog(CATALOG, translation),
    words: localizePlanWords(translation),
    poses: localizePoseChoices(POSE_CHOICES, translation),
    help: localizeHelp(HELP, translation),
  };
}

/** The routine as the user's settings shape it (player-only fields like chime volume aside). */
export function planFor(settings: Settings, content: RoutineContent = ENGLISH_CONTENT): Plan {
  return buildPlan(settings.routine, content.catalog, content.words);
}

/** The morning loosen-up as it comes: the bedtime step changes are for the bedtime routines. */
export function morningPlanFor(settings: Settings, content: RoutineContent = ENGLISH_CONTENT): Plan {
  return buildPlan(
    { ...settings.routine, preset: MORNING_PRESET_ID, steps: [] },
    content.catalog,
    content.words,
  );
}
