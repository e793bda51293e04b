/**
 * Exercises of one's own: the settings form's add, change and delete, and importing an exercise
 * pack (open, check, show what it adds, then add). Every change goes through the settings feature,
 * so it is validated, saved durably and applied exactly like any other setting; exporting a pack
 * goes through exportData with the other exports.
 */
import type { HandlerTable } from '../core/ipc/dispatch';
import { HandlerRejection } from '../core/ipc/result';
import type { MainMessages } from '../core/locale/main-messages';
import { MAX_PACK_BYTES, PACK_MESSAGES, parseExercisePack, planImport } from '../core/routine/exercise-pack';
import {
  addOwnSteps,
  deleteOwnStep,
  saveOwnStep,
  type ListedStep,
  type OwnEdit,
  type OwnRoutine,
} from '../core/routine/own-steps-edit';
import type { Settings, SettingsPatch } from '../core/settings/schema';
import type { DesktopPort } from '../core/shell-ports';
import { routineEditorModel } from './routine-editor';
import type { SettingsFeature } from './settings-feature';

export interface OwnExercisesDeps {
  /** Saves each change in turn with the others (validated, applied, shown in every window). */
  readonly settings: Pick<SettingsFeature, 'update'>;
  /** The saved settings, to preview a pack against. */
  readonly store: { get(): Settings };
  readonly desktop: Pick<DesktopPort, 'openTextFile'>;
  /** The open dialog's file-type name in the language setting (the language feature's words). */
  readonly words: () => Pick<MainMessages, 'packFileType'>;
}

export interface OwnExercisesFeature {
  readonly handlers: Pick<
    HandlerTable,
    'saveOwnStep' | 'deleteOwnStep' | 'openExercisePack' | 'importExercises'
  >;
}

/** The last part of a path, for the preview ("exercises.json"), whichever separator the system uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** The settings change: both lists, replaced whole (fresh arrays, as the patch type wants). */
function patchOf({ steps, ownSteps }: OwnRoutine): SettingsPatch {
  return {
    routine: {
      steps: steps.map((entry) => ({ ...entry })),
      ownSteps: ownSteps.map(({ id, exercise }) => ({
        id,
        exercise: { ...exercise, cues: [...exercise.cues] },
      })),
    },
  };
}

function applied(edit: OwnEdit): SettingsPatch {
  if (!edit.ok) {
    // The request's exercise is under "exercise", so the form finds each message by its field.
    const issues = edit.error.map(({ path, message }) => ({
      path: path === '' ? '' : `exercise.${path}`,
      message,
    }));
    throw new HandlerRejection(issues[0]?.message ?? '', issues);
  }
  return patchOf(edit.value.routine);
}

/** Every step as the settings window lists it, so a new exercise goes where the person expects. */
const listed = (settings: Settings): readonly ListedStep[] => routineEditorModel(settings).steps;

export function createOwnExercisesFeature(deps: OwnExercisesDeps): OwnExercisesFeature {
  const { settings } = deps;

  return {
    handlers: {
      saveOwnStep: ({ id, exercise }) =>
        settings.update((current) => applied(saveOwnStep(current.routine, listed(current), id, exercise))),
      deleteOwnStep: (id) => settings.update((current) => applied(deleteOwnStep(current.routine, id))),
      openExercisePack: async () => {
        const file = await deps.desktop.openTextFile(MAX_PACK_BYTES, deps.words().packFileType());
        if (file === null) return { kind: 'cancelled' };
        if (file.text === null) return { kind: 'refused', message: PACK_MESSAGES.tooLarge };
        const parsed = parseExercisePack(file.text);
        if (!parsed.ok) return { kind: 'refused', message: parsed.error };
        const plan = planImport(deps.store.get().routine.ownSteps, parsed.value);
        if (!plan.ok) return { kind: 'refused', message: plan.error };
        const { add, alreadyYours } = plan.value;
        if (add.length === 0)
          return { kind: 'refused', message: PACK_MESSAGES.nothingNew(baseName(file.path)) };
        return {
          kind: 'ready',
          fileName: baseName(file.path),
          exercises: parsed.value,
          add: add.map((s) => s.exercise.title),
          alreadyYours,
        };
      },
      importExercises: async (exercises) => {
        let outcome = { added: [] as string[], alreadyYours: [] as string[] };
        const state = await settings.update((current) => {
          const plan = planImport(current.routine.ownSteps, exercises);
          if (!plan.ok) throw new HandlerRejection(plan.error);
          const { add, alreadyYours } = plan.value;
          outcome = { added: add.map((s) => s.exercise.title), alreadyYours: [...alreadyYours] };
          return patchOf(addOwnSteps(current.routine, listed(current), add));
        });
        return { state, ...outcome };
      },
    },
  };
}
