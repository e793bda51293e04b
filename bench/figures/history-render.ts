/**
 * historyRender10yMs: the history view with ten years of daily records (3,650 lines of
 * history.jsonl). Not measured until the history view exists. The hook it will use:
 *
 * - the records are appended with main/services/history-log.ts createHistoryLog({ dir }) into a
 *   temp userDataDir, which is passed to prepareRendererContext() (bench/chromium/renderer-hook.ts);
 * - index.html?view=history renders HISTORY_READY_SELECTOR once the records are on screen
 *   (`aria-busy="false"` after loading, which screen readers want anyway);
 * - the figure is navigation start → that selector first shown (bench/chromium/cold-start.ts with
 *   target { selector: HISTORY_READY_SELECTOR }), median of several fresh-context loads.
 */
import { notMeasuredYet, type Figure } from '../figure';
import { loadRendererContextSetup } from '../chromium/renderer-hook';
import { rendererContains } from '../support/renderer-source';

export const HISTORY_READY_SELECTOR = '[data-testid="history"][aria-busy="false"]';

export const historyRenderFigure: Figure = {
  key: 'historyRender10yMs',
  label: 'History view render, 10 years of daily records',
  unit: 'ms',
  budget: { max: 200 },
  async measure() {
    if (!(await rendererContains('data-testid="history"'))) {
      return notMeasuredYet(
        `the history view does not render ${HISTORY_READY_SELECTOR} yet (renderer/views/HistoryView.svelte)`,
      );
    }
    const setup = await loadRendererContextSetup();
    if (typeof setup === 'string') return notMeasuredYet(`the history view is marked, but ${setup}`);
    return notMeasuredYet(
      'the 10-year seeding and timing described in bench/figures/history-render.ts are still to be written',
    );
  },
};
