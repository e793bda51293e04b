/** Tonight's routine as the saved settings shape it: the plan for the player, the model for the editor. */
import type { HandlerTable } from '../core/ipc/dispatch';
import type { MessageLocale } from '../core/locale/language-setting';
import { bundledRoutineTranslation } from '../core/routine/translations/bundled';
import type { Settings } from '../core/settings/schema';
import { morningPlanFor, planFor, routineContent, type RoutineContent } from './routine-config';
import { routineEditorModel } from './routine-editor';

export interface RoutineFeature {
  readonly handlers: Pick<HandlerTable, 'getRoutinePlan' | 'getMorningPlan' | 'getRoutineEditor'>;
  /** The planned routine's length in whole minutes, at least one (for the reminder's text). */
  minutes(): number;
}

/**
 * `settings` and `language` are read fresh on every call, so a saved change shapes the next
 * routine and a window that refetches after settingsChanged gets it in the new language.
 */
export function createRoutineFeature(
  settings: { get(): Settings },
  language: () => MessageLocale,
): RoutineFeature {
  let localized: { readonly locale: MessageLocale; readonly content: RoutineContent } | null = null;
  const content = (): RoutineContent => {
    const locale = language();
    if (localized?.locale !== locale)
      localized = { locale, content: routineContent(bundledRoutineTranslation(locale)) };
    return localized.content;
  };
  return {
    handlers: {
      getRoutinePlan: () => {
        const current = settings.get();
        return {
          plan: planFor(current, content()),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getMorningPlan: () => {
        const current = settings.get();
        return {
          plan: morningPlanFor(current, content()),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getRoutineEditor: () => routineEditorModel(settings.get(), content()),
    },
    minutes: () => Math.max(1, Math.round(planFor(settings.get()).totalSec / 60)),
  };
}
