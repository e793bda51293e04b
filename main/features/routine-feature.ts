/** Tonight's routine as the saved settings shape it: the plan for the player, the model for the editor. */
import type { HandlerTable } from '../core/ipc/dispatch';
import type { Settings } from '../core/settings/schema';
import { morningPlanFor, planFor } from './routine-config';
import { routineEditorModel } from './routine-editor';

export interface RoutineFeature {
  readonly handlers: Pick<HandlerTable, 'getRoutinePlan' | 'getMorningPlan' | 'getRoutineEditor'>;
  /** The planned routine's length in whole minutes, at least one (for the reminder's text). */
  minutes(): number;
}

/** `settings` is read fresh on every call, so a saved change shapes the next routine. */
export function createRoutineFeature(settings: { get(): Settings }): RoutineFeature {
  return {
    handlers: {
      getRoutinePlan: () => {
        const current = settings.get();
        return {
          plan: planFor(current),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getMorningPlan: () => {
        const current = settings.get();
        return {
          plan: morningPlanFor(current),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getRoutineEditor: () => routineEditorModel(settings.get()),
    },
    minutes: () => Math.max(1, Math.round(planFor(settings.get()).totalSec / 60)),
  };
}
