/**
 * The history view opening on a long history, as ratios measured in the same run:
 * - historyOpenRatio: the 10-year file against the 1-year file. One open is main's getHistory
 *   (read + parse + view model, timed in this process on a freshly composed app, as a newly
 *   started Unknot answers it) plus the page drawing the answer (Chromium, navigation start until
 *   the view is ready, with that answer replayed in-page: bench/chromium/replay-bridge.ts). The
 *   two profiles alternate run by run.
 * - historyParseGrowth: main's part alone, 10 years against 1 (3 years in the note: the slope).
 * - historySecondOpenRatio: main's second getHistory against its first on the same app, 10 years:
 *   main keeps the parsed file and the last view (services/history-log.ts,
 *   core/history/view-memo.ts), so reopening reads, parses and builds nothing.
 */
import type { Browser } from '@playwright/test';
import { INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { createSystemClock, createSystemTimers } from '../../main/services/runtime-ports';
import { launchChromium } from '../../tests/support/browser';
import { createFakeShell } from '../../tests/support/fake-shell';
import { createTestApp } from '../../tests/support/test-app';
import { capturePages } from '../chromium/capture';
import { loadOnce } from '../chromium/cold-start';
import { replaySetup } from '../chromium/replay-bridge';
import { fromPaired, sharedMeasurement, type Figure } from '../figure';
import { alternate } from '../ratio';
import { median } from '../stats';
import type { RendererBuild } from '../support/shared-build';
import { seedHistoryProfiles } from '../support/history-profiles';
import { withTempDir } from '../support/temp-dir';
import { HISTORY_VIEW } from './views';

const RUNS = 8;
const YEARS = [1, 3, 10] as const;
type Years = (typeof YEARS)[number];

export interface MainOpen {
  readonly firstMs: number;
  /** CPU time of this process during the first getHistory (the file is read on libuv's pool: counted too). */
  readonly firstCpuMs: number;
  readonly secondMs: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * getHistory (or another view's first request: the report's getReport) twice on a freshly started
 * app over `userDataDir`, timed in this process.
 */
export async function openInMain(
  userDataDir: string,
  channel: string = INVOKE_CHANNELS.getHistory,
  payload?: unknown,
): Promise<MainOpen> {
  const app = createTestApp({
    userDataDir,
    clock: createSystemClock(),
    timers: createSystemTimers(),
    shell: createFakeShell(),
    runtime: 'Node (bench)',
  });
  try {
    await app.start();
    const time = async (): Promise<number> => {
      const began = performance.now();
      const result = await app.dispatch(channel, payload);
      const ms = performance.now() - began;
      if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== true) {
        throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
      }
      return ms;
    };
    const cpuBefore = cpuMs();
    const firstMs = await time();
    const firstCpuMs = cpuMs() - cpuBefore;
    return { firstMs, firstCpuMs, secondMs: await time() };
  } finally {
    app.dispose();
  }
}

interface Session {
  readonly total: Record<'1' | '10', number[]>;
  /** Main's CPU for getHistory + the page's main-thread CPU, per open. */
  readonly cpu: Record<'1' | '10', number[]>;
  readonly main: Record<Years, MainOpen[]>;
  readonly page: Record<'1' | '10', number[]>;
  readonly lines: Record<Years, number>;
}

async function measureSession(build: RendererBuild): Promise<Session> {
  const view = HISTORY_VIEW;
  const files = await build();
  return withTempDir('history', async (dir) => {
    const { profiles, lines } = await seedHistoryProfiles(dir, YEARS);
    const captures = await capturePages(
      files,
      ([1, 10] as const).map((years) => ({ ...view, name: `${years}y`, userDataDir: profiles[years] })),
    );
    const pageFor = (years: 1 | 10) => {
      const capture = captures.get(`${years}y`);
      if (!capture) throw new Error(`${years}y history was not captured`);
      return {
        name: `${years}y`,
        files,
        path: view.path,
        target: view.target,
        prepare: replaySetup(capture.exchanges),
      };
    };
    const main: Record<Years, MainOpen[]> = { 1: [], 3: [], 10: [] };
    const page: Record<'1' | '10', number[]> = { 1: [], 10: [] };
    const cpu: Record<'1' | '10', number[]> = { 1: [], 10: [] };
    const browser: Browser = await launchChromium();
    try {
      const open = async (years: 1 | 10): Promise<number> => {
        const inMain = await openInMain(profiles[years]);
        const { shownAt, mainThreadCpuMs } = await loadOnce(browser, pageFor(years));
        main[years].push(inMain);
        page[years].push(shownAt);
        cpu[years].push(inMain.firstCpuMs + mainThreadCpuMs);
        return inMain.firstMs + shownAt;
      };
      // Warm-up, untimed: the first of anything in a process pays for compiling it.
      await open(10);
      await open(1);
      main[1].length = 0;
      main[10].length = 0;
      page[1].length = 0;
      page[10].length = 0;
      cpu[1].length = 0;
      cpu[10].length = 0;
      const paired = await alternate(
        RUNS,
        () => open(10),
        () => open(1),
      );
      for (let run = 0; run < RUNS; run += 1) main[3].push(await openInMain(profiles[3]));
      return { total: { 10: [...paired.a], 1: [...paired.b] }, cpu, main, page, lines };
    } finally {
      await browser.close();
    }
  });
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

export function createHistoryFigures(build: RendererBuild): Figure[] {
  const session = sharedMeasurement(() => measureSession(build));
  const firsts = (s: Session, years: Years) => s.main[years].map((o) => o.firstMs);
  return [
    {
      key: 'historyOpenRatio',
      label: 'History view open, 10-year file / 1-year file',
      unit: '×',
      budget: { max: 1.5 },
      async measure() {
        const s = await session();
        return fromPaired(
          { a: s.total[10], b: s.total[1] },
          { label: '10 years', unit: 'ms' },
          { label: '1 year', unit: 'ms' },
          `median of ${RUNS} per-run ratios, 10 y and 1 y alternating after one untimed open of each; an open = main's getHistory ` +
            `on a freshly started app (medians 10 y ${fmt(median(firsts(s, 10)))}, 1 y ${fmt(median(firsts(s, 1)))}) + the page from ` +
            `navigation start to ready in a fresh Chromium context with that answer replayed in-page (medians 10 y ` +
            `${fmt(median(s.page[10]))}, 1 y ${fmt(median(s.page[1]))}); ${s.lines[10].toLocaleString('en')} and ` +
            `${s.lines[1].toLocaleString('en')} history lines`,
        );
      },
    },
    {
      key: 'historyOpenCpuRatio',
      label: 'History view open, CPU time, 10-year file / 1-year file',
      unit: '×',
      async measure() {
        const s = await session();
        return fromPaired(
          { a: s.cpu[10], b: s.cpu[1] },
          { label: '10 years', unit: 'ms CPU' },
          { label: '1 year', unit: 'ms CPU' },
          `the same opens as historyOpenRatio, counting CPU time instead of wall time: this process during main's getHistory ` +
            "plus the page's main-thread CPU (Chromium's TaskDuration in thread ticks): the work, which other load stretches " +
            'in wall time but does not add to',
        );
      },
    },
    {
      key: 'historyParseGrowth',
      label: "History, main's getHistory on a fresh app, 10-year file / 1-year file",
      unit: '×',
      async measure() {
        const s = await session();
        const [m1, m3, m10] = YEARS.map((years) => median(firsts(s, years)));
        const slope = ((m10 ?? 0) - (m1 ?? 0)) / 9;
        return fromPaired(
          { a: firsts(s, 10), b: firsts(s, 1) },
          { label: '10 years', unit: 'ms' },
          { label: '1 year', unit: 'ms' },
          `median of ${RUNS} per-run ratios (the main side of historyOpenRatio); first getHistory after start(): ` +
            `1 y ${fmt(m1 ?? 0)}, 3 y ${fmt(m3 ?? 0)}, 10 y ${fmt(m10 ?? 0)} (medians; 3 y measured after the pairs), ` +
            `about ${slope.toFixed(2)} ms per extra year: the first open after start reads and parses the whole file ` +
            '(later opens answer from memory: historySecondOpenRatio)',
        );
      },
    },
    {
      key: 'historySecondOpenRatio',
      label: "History, main's second getHistory / first, 10-year file",
      unit: '×',
      budget: { max: 0.2 },
      async measure() {
        const s = await session();
        const seconds = (years: Years) => s.main[years].map((o) => o.secondMs);
        return fromPaired(
          { a: seconds(10), b: firsts(s, 10) },
          { label: 'second open', unit: 'ms' },
          { label: 'first open', unit: 'ms' },
          `median of ${RUNS} per-run ratios, two getHistory calls in a row on the same freshly started app; second opens ` +
            `(medians) 1 y ${fmt(median(seconds(1)))}, 3 y ${fmt(median(seconds(3)))}, 10 y ${fmt(median(seconds(10)))}: ` +
            'main answers from the parsed file and the view it kept, so these should not grow with the file; near 1× would mean a re-read',
        );
      },
    },
  ];
}
