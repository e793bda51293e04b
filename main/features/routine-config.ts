import { buildPlan } from '../core/routine/plan';
import { CATALOG } from '../core/routine/catalog';
import { MORNING_PRESET_ID, type Plan } from '../core/routine/types';
import type { Settings } from '../core/settings/schema';

/** The routine as the user's settings shape it (player-only fields like chime volume aside). */
export function planFor(settings: Settings): Plan {
  return buildPlan(settings.routine, CATALOG);
}

/** The morning loosen-up as it comes: the bedtime step changes are for the bedtime routines. */
export function morningPlanFor(settings: Settings): Plan {
  return buildPlan({ ...settings.routine, preset: MORNING_PRESET_ID, steps: [] }, CATALOG);
}
