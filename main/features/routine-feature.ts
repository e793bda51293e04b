/** Tonight's routine as the saved settings shape it: the plan for the player, the model for the editor. */
import type { HandlerTable } from '../core/ipc/dispatch';
import type { MessageLocale } from '../core/locale/language-setting';
import { loadRoutineTranslation } from '../core/routine/translations/load';
import type { Settings } from '../core/settings/schema';
import { morningPlanFor, planFor, routineContent, type RoutineContent } from './routine-config';
import { routineEditorModel } from './routine-editor';

export interface RoutineFeature {
  readonly handlers: Pick<HandlerTable, 'getRoutinePlan' | 'getMorningPlan' | 'getRoutineEditor'>;
  /** The planned routine's length in whole minutes, at least one (for the reminder's text). */
  minutes(): number;
  /** The routine's content in the current language (the same object until the language changes). */
  content(): Promise<RoutineContent>;
}

/**
 * `settings` and `language` are read fresh on every call, so a saved change shapes the next
 * routine and a window that refetches after settingsChanged gets it in the new language.
 */
export function createRoutineFeature(
  settings: { get(): Settings },
  language: () => MessageLocale,
): RoutineFeature {
  // The last language's content, built once per change: localizing copies the whole catalog.
  let localized: { readonly locale: MessageLocale; readonly content: Promise<RoutineContent> } | null = null;
  const content = (): Promise<RoutineContent> => {
    const locale = language();
    if (localized?.locale !== locale)
      localized = { locale, content: loadRoutineTranslation(locale).then(routineContent) };
    return localized.content;
  };
  return {
    handlers: {
      getRoutinePlan: async () => {
        const current = settings.get();
        return {
          plan: planFor(current, await content()),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getMorningPlan: async () => {
        const current = settings.get();
        return {
          plan: morningPlanFor(current, await content()),
          chimeVolume: current.routine.chimeVolume,
          spokenCues: current.routine.spokenCues,
        };
      },
      getRoutineEditor: async () => routineEditorModel(settings.get(), await content()),
    },
    // Durations are the same in every language.
    minutes: () => Math.max(1, Math.round(planFor(settings.get()).totalSec / 60)),
    content,
  };
}
