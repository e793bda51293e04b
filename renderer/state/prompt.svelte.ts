import type { PromptAction } from '$core/reminders/actions';
import { PROMPT_CLOSES_AFTER_MS, type ReminderPrompt } from '$core/reminders/types';
import type { UnknotApi } from '../api';

/**
 * The gentle prompt: what main says is due, the three answers, and closing. It never shows a
 * stale night: with nothing due (answered from the tray, the window closed) it closes at once.
 */
export class PromptState {
  /** undefined while loading; null when nothing is due. */
  prompt = $state<ReminderPrompt | null | undefined>(undefined);
  failure = $state('');
  readonly #api: UnknotApi;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  async load(): Promise<void> {
    const result = await this.#api.getPrompt();
    if (!result.ok) {
      this.failure = result.error.message;
      return;
    }
    this.prompt = result.value;
    if (result.value === null) this.close();
    else this.touch();
  }

  /** Follows main's reminder state; returns the unsubscribe (and stops the close timer). */
  follow(): () => void {
    const stop = this.#api.onReminderStateChanged((snapshot) => {
      if (snapshot.status !== 'due') this.close();
    });
    return () => {
      stop();
      clearTimeout(this.#timer);
    };
  }

  /** Any key or pointer use restarts the untouched countdown. */
  touch(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.close(), PROMPT_CLOSES_AFTER_MS);
  }

  async answer(action: PromptAction): Promise<void> {
    const result = await this.#api.promptAction(action);
    if (!result.ok) this.failure = result.error.message;
  }

  close(): void {
    clearTimeout(this.#timer);
    void this.#api.closeWindow('prompt');
  }
}
