import type { Factors } from '$core/history/factors';
import type { HistoryViewModel } from '$core/history/view-model';
import type { IpcResult } from '$core/ipc/result';
import type { UnknotApi } from '../api';

/**
 * The history view's model as main computed it: loaded once, replaced by main's historyChanged
 * push (a check-in or a routine recorded in another window) and by the answer to each action.
 */
export class HistoryState {
  view = $state<HistoryViewModel | null>(null);
  /** What the last action (or the load) said went wrong, for the status line. */
  error = $state('');

  readonly #api: UnknotApi;

  constructor(api: UnknotApi) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.#take(await this.#api.getHistory());
  }

  /** Follows main's pushes; returns the unsubscribe. */
  follow(): () => void {
    return this.#api.onHistoryChanged((next) => (this.view = next));
  }

  async logCheckin(soreness: number, note: string, factors: Factors = {}): Promise<boolean> {
    const request = note.trim() ? { soreness, note, ...factors } : { soreness, ...factors };
    return this.#take(await this.#api.logCheckin(request));
  }

  async dismissNudge(): Promise<boolean> {
    return this.#take(await this.#api.dismissNudge());
  }

  #take(result: IpcResult<HistoryViewModel>): boolean {
    this.error = result.ok ? '' : result.error.message;
    if (result.ok) this.view = result.value;
    return result.ok;
  }
}
