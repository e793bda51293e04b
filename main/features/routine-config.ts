import { buildPlan } from '../core/routine/plan';
import { CATALOG } from '../core/routine/catalog';
import type { Plan } from '../core/routine/types';
import type { Settings } from '../core/settings/schema';

/** The routine as the user's settings shape it (player-only fields like chime volume aside). */
export function planFor(settings: Settings): Plan {
  return buildPlan(settings.routine, CATALOG);
}
