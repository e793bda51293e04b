import type { EditorStep, PackPreview } from '../../main/core/ipc/contract';
import type { IpcError } from '../../main/core/ipc/result';
import type { OwnExercise } from '../../main/core/routine/own-exercise';
import { getApi } from '../api';
import type { SettingsEditor } from './settings-editor.svelte';

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

  readonly #editor: SettingsEditor;

  constructor(editor: SettingsEditor) {
    this.#editor = editor;
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
    const result = await getApi().saveOwnStep({ id, exercise });
    if (!result.ok) {
      this.errors = fieldErrors(result.error);
      return false;
    }
    this.#editor.accept(result.value);
    this.message = `Saved "${exercise.title}".`;
    this.closeForm();
    return true;
  }

  askDelete(step: EditorStep): void {
    this.deleting = { id: step.id, title: step.title };
  }

  cancelDelete(): void {
    this.deleting = null;
  }

  async confirmDelete(): Promise<void> {
    const target = this.deleting;
    this.deleting = null;
    if (!target) return;
    const result = await getApi().deleteOwnStep(target.id);
    if (!result.ok) {
      this.message = `Not deleted: ${result.error.message}`;
      return;
    }
    this.#editor.accept(result.value);
    this.message = `Deleted "${target.title}".`;
  }

  async exportPack(): Promise<void> {
    const result = await getApi().exportData('exercise-pack');
    if (!result.ok) this.message = result.error.message;
    else this.message = result.value.savedTo ? `Saved your exercises to ${result.value.savedTo}` : 'Export cancelled.';
  }

  /** Opens a pack and shows what it would add; nothing is added until confirmImport. */
  async openPack(): Promise<void> {
    this.preview = null;
    const result = await getApi().openExercisePack();
    if (!result.ok) {
      this.message = result.error.message;
      return;
    }
    const pack = result.value;
    if (pack.kind === 'cancelled') this.message = 'Import cancelled.';
    else if (pack.kind === 'refused') this.message = pack.message;
    else this.preview = pack;
  }

  async confirmImport(): Promise<void> {
    const pack = this.preview;
    this.preview = null;
    if (!pack) return;
    const result = await getApi().importExercises(pack.exercises);
    if (!result.ok) {
      this.message = result.error.message;
      return;
    }
    this.#editor.accept(result.value.state);
    const added = result.value.added;
    this.message = added.length === 0 ? 'Nothing new was added.' : `Added ${added.map((t) => `"${t}"`).join(', ')}.`;
  }

  cancelImport(): void {
    this.preview = null;
    this.message = 'Import cancelled: nothing was added.';
  }
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
