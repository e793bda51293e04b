/**
 * historyRender10yMs: the history view opening on ten years of daily records (a check-in every
 * morning and a routine most nights, ~7,300 lines of history.jsonl, from
 * tests/support/history-fixture.ts). Each load is a fresh browser context with the real composed
 * app behind the bridge (prepareRendererContext), so the time covers main reading and parsing the
 * file, building the view model, IPC, and the page drawing it: navigation start until
 * HISTORY_READY_SELECTOR is first shown (bench/chromium/cold-start.ts).
 */
import { join } from 'node:path';
import { writeTenYearHistory } from '../../tests/support/history-fixture';
import { seedSettings } from '../../tests/support/seed-settings';
import { measureColdStarts } from '../chromium/cold-start';
import { prepareRendererContext } from '../../tests/support/renderer-bridge';
import { readFolder } from '../../tests/support/serve-folder';
import { fromSamples, type Figure } from '../figure';
import { buildProduction } from '../support/production-build';
import { withTempDir } from '../support/temp-dir';

export const HISTORY_READY_SELECTOR = '[data-testid="history"][aria-busy="false"]';
const RUNS = 7;

export const historyRenderFigure: Figure = {
  key: 'historyRender10yMs',
  label: 'History view render, 10 years of daily records',
  unit: 'ms',
  budget: { max: 200 },
  async measure() {
    return withTempDir('history-render', async (dir) => {
      const files = await readFolder(await buildProduction(join(dir, 'app')));
      const userDataDir = join(dir, 'data');
      await seedSettings(userDataDir);
      const today = new Intl.DateTimeFormat('en-CA').format(new Date());
      const lines = await writeTenYearHistory(userDataDir, today);
      const times = await measureColdStarts(
        [
          {
            name: 'history',
            files,
            path: 'index.html?view=history',
            target: { selector: HISTORY_READY_SELECTOR },
            prepare: (context) => prepareRendererContext(context, { userDataDir }),
          },
        ],
        RUNS,
      );
      return fromSamples(
        times.get('history') ?? [],
        `median of ${RUNS} loads, each in a fresh browser context after one untimed warm-up; ${lines.toLocaleString('en')} ` +
          `history lines; navigation start to ${HISTORY_READY_SELECTOR} first shown, including main reading and parsing the file`,
      );
    });
  },
};
