import { buildPlan, CATALOG, type Plan } from '../core/routine';
import { toOwnStep } from '../core/routine/own-exercise';
import type { Settings } from '../core/settings';

/** The routine as the user's settings shape it (player-only fields like chime volume aside). */
export function planFor(settings: Settings): Plan {
  const { preset, steps, heatCold, breathingPattern, breathingSec, ownSteps } = settings.routine;
  return buildPlan(
    { preset, overrides: steps.length > 0 ? steps : undefined, heatCold, breathingPattern, breathingSec },
    CATALOG,
    ownSteps.map(toOwnStep),
  );
}
