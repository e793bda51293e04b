import type { ReminderAction, RoutineEditorModel, SettingsState } from '../../main/core/ipc/contract';
import type { IpcIssue } from '../../main/core/ipc/result';
import type { ReminderSnapshot, UpcomingReminder } from '../../main/core/reminders/types';
import type { Schedule } from '../../main/core/schedule';
import type { SettingsPatch } from '../../main/core/settings/schema';
import { getApi } from '../api';
import type { AppSettings } from './app-settings.svelte';

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; message: string };

/**
 * The settings window's working state. Every change is saved at once (no Save button): main
 * validates it again, applies it (re-arming the reminder) and answers with the new settings.
 * Field errors are keyed by setting path ("schedule.nights.tue.bedtime").
 */
export class SettingsEditor {
  errors = $state<Record<string, string>>({});
  status = $state<SaveStatus>({ kind: 'idle' });
  preview = $state<UpcomingReminder | null | undefined>(undefined);
  routine = $state<RoutineEditorModel | null>(null);
  reminder = $state<ReminderSnapshot | null>(null);

  readonly #app: AppSettings;

  constructor(app: AppSettings) {
    this.#app = app;
  }

  get readOnly(): boolean {
    return this.#app.state?.readOnly ?? false;
  }

  /** A field's own check failed in the page: show it, save nothing. */
  reject(path: string, message: string): void {
    this.errors = { ...this.errors, [path]: message };
  }

  clear(path: string): void {
    if (!(path in this.errors)) return;
    const { [path]: _gone, ...rest } = this.errors;
    this.errors = rest;
  }

  /** Saves one change; resolves true when main accepted it. The view refreshes what depends on it. */
  async save(patch: SettingsPatch, path: string): Promise<boolean> {
    this.clear(path);
    this.status = { kind: 'saving' };
    const result = await getApi().saveSettings(patch);
    if (!result.ok) {
      this.#showIssues(path, result.error.issues ?? [], result.error.message);
      return false;
    }
    this.#app.accept(result.value);
    this.status = { kind: 'saved', at: Date.now() };
    return true;
  }

  /** Main saved a change made elsewhere in this window (an own exercise): show it as saved. */
  accept(state: SettingsState): void {
    this.#app.accept(state);
    this.status = { kind: 'saved', at: Date.now() };
  }

  async reset(): Promise<void> {
    const result = await getApi().resetSettings();
    if (!result.ok) {
      this.status = { kind: 'failed', message: result.error.message };
      return;
    }
    this.#app.accept(result.value);
    this.errors = {};
    this.status = { kind: 'saved', at: Date.now() };
  }

  async refreshPreview(schedule: Schedule): Promise<void> {
    const result = await getApi().previewNextReminder({ schedule });
    this.preview = result.ok ? result.value : undefined;
  }

  /** Shows an edited step list at once, so a quick next edit builds on it; main's answer follows. */
  showSteps(steps: RoutineEditorModel['steps']): void {
    if (this.routine) this.routine = { ...this.routine, steps };
  }

  async refreshRoutine(): Promise<void> {
    const result = await getApi().getRoutineEditor();
    if (result.ok) this.routine = result.value;
  }

  async refreshReminder(): Promise<void> {
    const result = await getApi().getReminderState();
    if (result.ok) this.reminder = result.value;
  }

  async reminderAction(action: ReminderAction): Promise<void> {
    const result = await getApi().reminderAction(action);
    if (result.ok) this.reminder = result.value;
  }

  #showIssues(path: string, issues: readonly IpcIssue[], message: string): void {
    const next = { ...this.errors };
    for (const issue of issues) next[issue.path || path] = issue.message;
    if (issues.length === 0) next[path] = message;
    this.errors = next;
    this.status = { kind: 'failed', message: 'Not saved: please check the highlighted field.' };
  }
}
