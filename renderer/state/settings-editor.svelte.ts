import type { NamespaceMessages } from '$core/locale/catalogs';
import type { ExportKind, ReminderAction, RoutineEditorModel } from '$core/ipc/contract';
import type { Issue } from '$core/result';
import type { ReminderSnapshot, UpcomingReminder } from '$core/reminders/types';
import type { Schedule } from '$core/schedule';
import type { SettingsPatch } from '$core/settings/schema';
import { rewordSettingsIssue } from '$core/settings/issue-words';
import type { UnknotApi } from '../api';
import type { AppSettings } from './app-settings.svelte';

type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; message: string };

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
  /** "Unknot 0.1.0 · Electron …", once main has answered. */
  appInfo = $state('');

  readonly #api: UnknotApi;
  readonly #app: AppSettings;

  /** The settings window's messages, in its language (read when a line is made). */
  readonly #words: () => NamespaceMessages<'settings'>;

  constructor(api: UnknotApi, app: AppSettings, words: () => NamespaceMessages<'settings'>) {
    this.#api = api;
    this.#app = app;
    this.#words = words;
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
    const result = await this.#app.save(patch);
    if (!result.ok) {
      this.#showIssues(path, result.error.issues ?? [], result.error.message);
      return false;
    }
    this.status = { kind: 'saved', at: Date.now() };
    return true;
  }

  async reset(): Promise<void> {
    const result = await this.#app.reset();
    if (!result.ok) {
      this.status = { kind: 'failed', message: result.error.message };
      return;
    }
    this.errors = {};
    this.status = { kind: 'saved', at: Date.now() };
  }

  async refreshPreview(schedule: Schedule): Promise<void> {
    const result = await this.#api.previewNextReminder({ schedule });
    this.preview = result.ok ? result.value : undefined;
  }

  /** Shows an edited step list at once, so a quick next edit builds on it; main's answer follows. */
  showSteps(steps: RoutineEditorModel['steps']): void {
    if (this.routine) this.routine = { ...this.routine, steps };
  }

  async refreshRoutine(): Promise<void> {
    const result = await this.#api.getRoutineEditor();
    if (result.ok) this.routine = result.value;
  }

  async refreshReminder(): Promise<void> {
    const result = await this.#api.getReminderState();
    if (result.ok) this.reminder = result.value;
  }

  async reminderAction(action: ReminderAction): Promise<void> {
    const result = await this.#api.reminderAction(action);
    if (result.ok) this.reminder = result.value;
  }

  /** Follows main's reminder pushes (snooze or pause from the tray); returns the unsubscribe. */
  followReminder(): () => void {
    return this.#api.onReminderStateChanged((snapshot) => (this.reminder = snapshot));
  }

  async dismissNotice(): Promise<void> {
    await this.#app.dismissNotice();
  }

  async loadAppInfo(): Promise<void> {
    const result = await this.#api.getAppInfo();
    this.appInfo = result.ok ? `${result.value.name} ${result.value.version} · ${result.value.runtime}` : '';
  }

  /** Resolves to the line the data section shows. */
  async exportData(kind: ExportKind): Promise<string> {
    const result = await this.#api.exportData(kind);
    const t = this.#words();
    if (!result.ok) return t.exportFailed({ error: result.error.message });
    return result.value.savedTo ? t.exportSaved({ path: result.value.savedTo }) : t.exportCancelled();
  }

  /** Opens the data folder, or its logs folder (to send us the logs). */
  async openFolder(which: 'data' | 'logs'): Promise<string> {
    const result = await (which === 'data' ? this.#api.openDataFolder() : this.#api.openLogsFolder());
    return result.ok ? '' : this.#words().openFolderFailed({ error: result.error.message });
  }

  #showIssues(path: string, issues: readonly Issue[], message: string): void {
    const next = { ...this.errors };
    const words = this.#words();
    for (const issue of issues) next[issue.path || path] = rewordSettingsIssue(issue.message, words);
    if (issues.length === 0) next[path] = message;
    this.errors = next;
    this.status = { kind: 'failed', message: this.#words().notSaved() };
  }
}
