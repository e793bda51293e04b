/**
 * The one-page report (issue 16) against the history view, in the same run:
 * - reportOpenRatio1y / reportOpenRatio10y: opening the report (main's getReport on a freshly
 *   started app + the page drawn from that answer replayed in-page) over opening the history view
 *   the same way (history-open.ts), on the same file, the two alternating run by run. The report
 *   covers its longest period with notes (12 weeks), its fullest page.
 * - reportPages: the report printed by Chromium (page.pdf on the report's paper, as printToPDF
 *   prints it in the app) and counted by poppler's pdfinfo, for both files: it must be one page.
 */
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { ReportModel } from '../../main/core/history/report';
import {
  REPORT_READY_SELECTOR,
  reportQuery,
  type ReportOptions,
} from '../../main/core/history/report-options';
import { INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { launchChromium } from '../../tests/support/browser';
import { pdfInfo, printAsApp } from '../../tests/support/pdf-tools';
import { serveFolder, TEST_ORIGIN, type FolderContents } from '../../tests/support/serve-folder';
import { capturePages, type Capture, type PageSpec } from '../chromium/capture';
import { loadOnce } from '../chromium/cold-start';
import { replaySetup, type Exchange } from '../chromium/replay-bridge';
import { fromPaired, fromSamples, sharedMeasurement, type Figure } from '../figure';
import { alternate, type Paired } from '../ratio';
import { median } from '../stats';
import type { RendererBuild } from '../support/shared-build';
import { seedHistoryProfiles } from '../support/history-profiles';
import { withTempDir } from '../support/temp-dir';
import { openInMain } from './history-open';
import { HISTORY_VIEW } from './views';

const RUNS = 8;
const YEARS = [1, 10] as const;
type Years = (typeof YEARS)[number];
const OPTIONS: ReportOptions = { weeks: 12, notes: true };
const REPORT_VIEW: PageSpec = {
  name: 'report',
  path: `index.html?view=report&${reportQuery(OPTIONS)}`,
  target: { selector: REPORT_READY_SELECTOR },
};
type Kind = 'report' | 'history';

interface Session {
  readonly paired: Record<Years, Paired>;
  /** Main's first answer, ms, per kind and file (medians go in the note). */
  readonly main: Record<Kind, Record<Years, number[]>>;
  readonly pages: Record<Years, number>;
  readonly lines: Record<Years, number>;
}

function reportAnswer(exchanges: readonly Exchange[]): ReportModel {
  const found = exchanges.find((e) => e.channel === INVOKE_CHANNELS.getReport)?.result;
  if (typeof found !== 'object' || found === null || !('value' in found))
    throw new Error('no report was captured');
  return found.value as ReportModel;
}

/** The captured report page printed by Chromium; its page count from pdfinfo. */
async function printedPages(
  browser: Browser,
  files: FolderContents,
  capture: Capture,
  path: string,
): Promise<number> {
  const context = await browser.newContext();
  try {
    await serveFolder(context, files);
    await replaySetup(capture.exchanges)(context);
    const page = await context.newPage();
    await page.goto(`${TEST_ORIGIN}/${REPORT_VIEW.path}`);
    await page.locator(REPORT_READY_SELECTOR).waitFor();
    await printAsApp(page, reportAnswer(capture.exchanges).paper, path);
    return (await pdfInfo(path)).pages;
  } finally {
    await context.close();
  }
}

async function measureSession(build: RendererBuild): Promise<Session> {
  const historyView = HISTORY_VIEW;
  const files = await build();
  return withTempDir('report', async (dir) => {
    const { profiles, lines } = await seedHistoryProfiles(dir, YEARS);
    const views: Record<Kind, PageSpec> = { report: REPORT_VIEW, history: historyView };
    const name = (kind: Kind, years: Years) => `${kind}-${years}y`;
    const captures = await capturePages(
      files,
      YEARS.flatMap((years) =>
        (['report', 'history'] as const).map((kind) => ({
          ...views[kind],
          name: name(kind, years),
          userDataDir: profiles[years],
        })),
      ),
    );
    const captured = (kind: Kind, years: Years): Capture => {
      const capture = captures.get(name(kind, years));
      if (!capture) throw new Error(`${name(kind, years)} was not captured`);
      return capture;
    };
    const main: Session['main'] = { report: { 1: [], 10: [] }, history: { 1: [], 10: [] } };
    const browser = await launchChromium();
    try {
      const open = async (kind: Kind, years: Years, record = true): Promise<number> => {
        const inMain =
          kind === 'report'
            ? await openInMain(profiles[years], INVOKE_CHANNELS.getReport, OPTIONS)
            : await openInMain(profiles[years]);
        const { shownAt } = await loadOnce(browser, {
          name: name(kind, years),
          files,
          path: views[kind].path,
          target: views[kind].target,
          prepare: replaySetup(captured(kind, years).exchanges),
        });
        if (record) main[kind][years].push(inMain.firstMs);
        return inMain.firstMs + shownAt;
      };
      // Warm-up, untimed: the first of anything in a process pays for compiling it.
      for (const years of YEARS)
        for (const kind of ['report', 'history'] as const) await open(kind, years, false);
      const paired = {} as Record<Years, Paired>;
      for (const years of YEARS) {
        paired[years] = await alternate(
          RUNS,
          () => open('report', years),
          () => open('history', years),
        );
      }
      const pages = {} as Record<Years, number>;
      for (const years of YEARS)
        pages[years] = await printedPages(
          browser,
          files,
          captured('report', years),
          join(dir, `${years}y.pdf`),
        );
      return { paired, main, pages, lines };
    } finally {
      await browser.close();
    }
  });
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

function ratioFigure(session: () => Promise<Session>, years: Years): Figure {
  return {
    key: `reportOpenRatio${years}y`,
    label: `Report open / history view open, ${years}-year file`,
    unit: '×',
    budget: { max: 2 },
    async measure() {
      const s = await session();
      return fromPaired(
        s.paired[years],
        { label: 'report', unit: 'ms' },
        { label: 'history view', unit: 'ms' },
        `median of ${RUNS} per-run ratios, report and history view alternating after one untimed open of each; an open = ` +
          `main's first answer on a freshly started app (getReport for ${OPTIONS.weeks} weeks with notes, median ` +
          `${fmt(median(s.main.report[years]))}; getHistory, median ${fmt(median(s.main.history[years]))}) + the page ` +
          `from navigation start to drawn in a fresh Chromium context with that answer replayed in-page; ` +
          `${s.lines[years].toLocaleString('en')} history lines`,
      );
    },
  };
}

export function createReportFigures(build: RendererBuild): Figure[] {
  const session = sharedMeasurement(() => measureSession(build));
  return [
    ratioFigure(session, 1),
    ratioFigure(session, 10),
    {
      key: 'reportPages',
      label: `Report printed, pages (${OPTIONS.weeks} weeks with notes, 1- and 10-year files)`,
      unit: 'page',
      budget: { max: 1 },
      async measure() {
        const s = await session();
        const counts = YEARS.map((years) => s.pages[years]);
        return {
          ...fromSamples(
            counts,
            `page.pdf() on the report's paper, counted by pdfinfo: 1 y ${s.pages[1]}, 10 y ${s.pages[10]}; the value is the larger`,
          ),
          value: Math.max(...counts),
        };
      },
    },
  ];
}
