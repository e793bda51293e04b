import type { NamespaceMessages } from '$core/locale/catalogs';
import type { MessageLocale } from '$core/locale/language-setting';
import { loadRoutineTranslation } from '$core/routine/translations/load';
import { rewordOwnExerciseMessage } from '$core/routine/translations/reword-own';
import { rewordPackMessage } from '$core/routine/reword-pack';
import type { EditorStep, PackPreview } from '$core/ipc/contract';
import type { IpcError } from '$core/ipc/result';
import type { OwnExercise } from '$core/routine/own-exercise';
import type { UnknotApi } from '../api';
import type { AppSettings } from './app-settings.svelte';

type ReadyPack = Extract<PackPreview, { kind: 'ready' }>;

/** The exercise the form is open for: a new one (id null) or one of the person's own. */
export interface OwnFormTarget {
  readonly id: string | null;
  readonly exercise: OwnExercise | null;
  /** Its current length in the routine (the form's starting value), if it has one. */
  readonly durationSec: number | null;
}

/**
 * The settings window's own-exercise work: the form, deleting, and sharing packs. Main checks
 * everything again and answers with the new settings; field errors come back keyed by the
 * exercise's field ("title", "cues.0", "durationSec"), or "" for the form as a whole.
 */
export class OwnStepsEditor {
  form = $state<OwnFormTarget | null>(null);
  errors = $state<Record<string, string>>({});
  deleting = $state<{ id: string; title: string } | null>(null);
  preview = $state<ReadyPack | null>(null);
  /** What happened last (saved, exported, refused...), for a polite live region. */
  message = $state('');

  readonly #api: UnknotApi;
  readonly #app: AppSettings;

  /** The settings window's messages, in its language (read when a line is made). */
  readonly #words: () => NamespaceMessages<'settings'>;
  readonly #locale: () => MessageLocale | null;

  constructor(
    api: UnknotApi,
    app: AppSettings,
    words: () => NamespaceMessages<'settings'>,
    /** The window's language: main checks an exercise in English, the form shows why in this. */
    locale: () => MessageLocale | null = () => null,
  ) {
    this.#api = api;
    this.#app = app;
    this.#words = words;
    this.#locale = locale;
  }

  openNew(): void {
    this.errors = {};
    this.form = { id: null, exercise: null, durationSec: null };
  }

  openEdit(step: EditorStep): void {
    if (!step.own) return;
    this.errors = {};
    this.form = { id: step.id, exercise: step.own, durationSec: step.durationSec };
  }

  closeForm(): void {
    this.form = null;
    this.errors = {};
  }

  /** Resolves true when main saved it (the form can close). */
  async save(exercise: OwnExercise): Promise<boolean> {
    const id = this.form?.id ?? null;
    const result = await this.#api.saveOwnStep({ id, exercise });
    if (!result.ok) {
      this.errors = fieldErrors(await reworded(result.error, this.#locale()));
      return false;
    }
    this.#app.adopt(result.value);
    this.message = this.#words().ownSaved({ title: exercise.title });
    this.closeForm();
    return true;
  }

  askDelete(step: EditorStep): void {
    this.deleting = { id: step.id, title: step.title };
  }

  closeDelete(): void {
    this.deleting = null;
  }

  /** Takes the exercise asked about, so closing the dialog first cannot lose it. */
  async confirmDelete(target: { id: string; title: string }): Promise<void> {
    this.deleting = null;
    const result = await this.#api.deleteOwnStep(target.id);
    if (!result.ok) {
      this.message = this.#words().ownNotDeleted({ error: result.error.message });
      return;
    }
    this.#app.adopt(result.value);
    this.message = this.#words().ownDeleted({ title: target.title });
  }

  async exportPack(): Promise<void> {
    const result = await this.#api.exportData('exercise-pack');
    if (!result.ok) this.message = await this.#packWords(result.error.message);
    else
      this.message = result.value.savedTo
        ? this.#words().ownExported({ path: result.value.savedTo })
        : this.#words().exportCancelled();
  }

  /** Opens a pack and shows what it would add; nothing is added until confirmImport. */
  async openPack(): Promise<void> {
    this.preview = null;
    const result = await this.#api.openExercisePack();
    if (!result.ok) {
      this.message = await this.#packWords(result.error.message);
      return;
    }
    const pack = result.value;
    if (pack.kind === 'cancelled') this.message = this.#words().ownImportCancelled();
    else if (pack.kind === 'refused') this.message = await this.#packWords(pack.message);
    else this.preview = pack;
  }

  /** A pack refusal (main reads packs in English) in the window's language, its problems too. */
  async #packWords(message: string): Promise<string> {
    const locale = this.#locale();
    const translation = locale === null ? null : await loadRoutineTranslation(locale);
    const problem = (text: string): string =>
      translation === null ? text : rewordOwnExerciseMessage(text, translation.ownExerciseMessages);
    return rewordPackMessage(message, this.#words(), problem);
  }

  /** Takes the pack previewed, so closing the dialog first cannot lose it. */
  async confirmImport(pack: ReadyPack): Promise<void> {
    this.preview = null;
    const result = await this.#api.importExercises(pack.exercises);
    if (!result.ok) {
      this.message = result.error.message;
      return;
    }
    this.#app.adopt(result.value.state);
    const added = result.value.added;
    this.message =
      added.length === 0
        ? this.#words().ownNothingNew()
        : this.#words().ownAdded({ titles: added.map((t) => `"${t}"`).join(', ') });
  }

  cancelImport(): void {
    this.preview = null;
    this.message = this.#words().ownImportNothingAdded();
  }

  closePreview(): void {
    this.preview = null;
  }
}

/** Main's refusal worded in the window's language (its translation loads only when one comes). */
async function reworded(error: IpcError, locale: MessageLocale | null): Promise<IpcError> {
  const translation = locale === null ? null : await loadRoutineTranslation(locale);
  if (translation === null) return error;
  const to = translation.ownExerciseMessages;
  return {
    ...error,
    message: rewordOwnExerciseMessage(error.message, to),
    issues: error.issues?.map((issue) => ({
      ...issue,
      message: rewordOwnExerciseMessage(issue.message, to),
    })),
  };
}

/** Main's issues by the exercise's own field names; anything else goes to the form as a whole. */
function fieldErrors(error: IpcError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const field = issue.path.startsWith('exercise.') ? issue.path.slice('exercise.'.length) : '';
    errors[field] ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors[''] = error.message;
  return errors;
}
