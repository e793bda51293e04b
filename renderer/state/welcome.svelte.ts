import type { NightKey } from '$core/settings/vocabulary';
import type { SettingsPatch } from '$core/settings/schema';
import { WEEKEND_NIGHTS, WEEKNIGHTS } from '$core/settings/vocabulary';
import type { UnknotApi } from '../api';
import type { AppSettings } from './app-settings.svelte';

/**
 * The first-run window: one save of the chosen bedtimes, then the window closes. Main checks the
 * times with the settings schema, so its messages are the ones shown next to each field.
 */
export class WelcomeSetup {
  errors = $state<{ weeknight?: string; weekend?: string }>({});
  /** A failure that belongs to no field. */
  failure = $state('');

  readonly #api: UnknotApi;
  readonly #app: AppSettings;

  constructor(api: UnknotApi, app: AppSettings) {
    this.#api = api;
    this.#app = app;
  }

  /** A field's typed time could not be read (a message), or now can (undefined). */
  refuse(field: 'weeknight' | 'weekend', message: string | undefined): void {
    this.errors = { ...this.errors, [field]: message };
  }

  async finish(patch: SettingsPatch): Promise<void> {
    const result = await this.#app.save(patch);
    if (!result.ok) {
      const issues = result.error.issues ?? [];
      const messageFor = (group: readonly NightKey[]): string | undefined =>
        issues.find((i) => group.some((n) => i.path === `schedule.nights.${n}.bedtime`))?.message;
      this.errors = { weeknight: messageFor(WEEKNIGHTS), weekend: messageFor(WEEKEND_NIGHTS) };
      this.failure = this.errors.weeknight || this.errors.weekend ? '' : result.error.message;
      return;
    }
    await this.#api.closeWindow('welcome');
  }
}
