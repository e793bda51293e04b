import type { BackupPreview } from '$core/ipc/contract';
import type { NamespaceMessages } from '$core/locale/catalogs';
import type { UnknotApi } from '../api';
import type { AppSettings } from './app-settings.svelte';

type ReadyBackup = Extract<BackupPreview, { kind: 'ready' }>;

/**
 * "Restore from a backup…": choosing a file shows what it holds (main has checked it whole and
 * changed nothing); only confirming restores it. What happened goes to a polite status line, and a
 * refusal or a failed step to an alert, in main's words.
 */
export class BackupRestore {
  preview = $state<ReadyBackup | null>(null);
  status = $state('');
  alert = $state('');

  readonly #api: UnknotApi;
  readonly #app: AppSettings;
  /** The status line's own words; everything else it shows is main's. */
  readonly #words: () => NamespaceMessages<'settings'>;

  constructor(api: UnknotApi, app: AppSettings, words: () => NamespaceMessages<'settings'>) {
    this.#api = api;
    this.#app = app;
    this.#words = words;
  }

  async choose(): Promise<void> {
    this.preview = null;
    this.status = '';
    this.alert = '';
    const result = await this.#api.chooseBackup();
    if (!result.ok) this.alert = result.error.message;
    else if (result.value.kind === 'cancelled') this.status = this.#words().restoreNotChosen();
    else if (result.value.kind === 'refused') this.alert = result.value.message;
    else this.preview = result.value;
  }

  /** The dialog closed without Restore (Cancel, Esc); after confirm there is nothing left to cancel. */
  cancel(): void {
    if (this.preview === null) return;
    this.preview = null;
    this.status = this.#words().restoreCancelled();
  }

  /** Takes the backup shown, so closing the dialog first cannot lose it. */
  async confirm(backup: ReadyBackup): Promise<void> {
    this.preview = null;
    this.status = this.#words().restoring();
    const result = await this.#api.restoreBackup(backup.token);
    if (!result.ok) {
      this.status = '';
      this.alert = result.error.message;
      return;
    }
    this.#app.adopt(result.value.state);
    this.status = result.value.message;
  }
}
