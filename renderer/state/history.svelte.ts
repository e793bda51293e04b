import type { HistoryViewModel } from '$core/history/view-model';
import { getApi } from '../api';

/**
 * The history view's model as main computed it: loaded once, replaced by main's historyChanged
 * push (a check-in or a routine recorded in another window) and by the answer to each action.
 */
export class HistoryState {
  view = $state<HistoryViewModel | null>(null);
  /** What the last action (or the load) said went wrong, for the status line. */
  error = $state('');

  async load(): Promise<void> {
    this.take(await getApi().getHistory());
  }

  /** Follows main's pushes; returns the unsubscribe. */
  follow(): () => void {
    return getApi().onHistoryChanged((next) => (this.view = next));
  }

  async logCheckin(soreness: number, note: string): Promise<boolean> {
    return this.take(await getApi().logCheckin(note.trim() ? { soreness, note } : { soreness }));
  }

  async dismissNudge(): Promise<boolean> {
    return this.take(await getApi().dismissNudge());
  }

  private take(result: Awaited<ReturnType<ReturnType<typeof getApi>['getHistory']>>): boolean {
    this.error = result.ok ? '' : result.error.message;
    if (result.ok) this.view = result.value;
    return result.ok;
  }
}
