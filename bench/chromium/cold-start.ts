/**
 * Cold-start timing in real Chromium: for each run, a fresh browser context (empty cache, new
 * renderer process) loads the page, and the probe reports when the target element was first
 * shown and interactive, in ms since navigation start. Pages are interleaved run by run, in
 * alternating order, so drift in the machine's load affects every page alike.
 */
import type { Browser, BrowserContext, CDPSession } from '@playwright/test';
import { launchChromium } from '../../tests/support/browser';
import type { ContextSetup } from '../../tests/support/renderer-bridge';
import { CLICKED_AT_GLOBAL, firstShownScript, SHOWN_AT_GLOBAL, type ProbeTarget } from './first-shown-script';
import {
  serveFolder,
  serveOverLoopback,
  TEST_ORIGIN,
  type FolderContents,
} from '../../tests/support/serve-folder';

export interface ColdStartPage {
  readonly name: string;
  /** The built folder to serve. */
  readonly files: FolderContents;
  /**
   * How the files reach the page: 'loopback' (the default) from an HTTP server on 127.0.0.1, about as
   * cheap per file as Electron's app:// handler; 'interception' at TEST_ORIGIN, a Playwright round trip
   * per file, which the e2e harness's IPC bridge needs (it trusts that origin only).
   */
  readonly serving?: 'loopback' | 'interception';
  /** Path and query to open, e.g. "index.html?view=routine". */
  readonly path: string;
  /** What ends the measurement (and what to click on the way there). */
  readonly target: ProbeTarget;
  /** Anything else the page needs in its context before it loads (the IPC bridge); returns its cleanup. */
  readonly prepare?: ContextSetup;
}

const LOAD_TIMEOUT_MS = 15_000;

export interface Load {
  /** ms from navigation start until the target was shown and interactive. */
  readonly shownAt: number;
  /** ms from navigation start until the probe clicked the target's `clickFirst` button (null: none). */
  readonly clickedAt: number | null;
  /** Paths (below the page's origin) the page requested until then, in request order. */
  readonly requested: readonly string[];
  /**
   * CPU time of the page's main thread over the load (Chromium's TaskDuration in thread ticks):
   * the work itself, which other processes on the machine stretch in wall time but do not add to.
   */
  readonly mainThreadCpuMs: number;
}

async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('Chromium reported no TaskDuration');
  return task.value * 1000;
}

/** One load of `page` in a fresh context of `browser`. */
export async function loadOnce(browser: Browser, page: ColdStartPage): Promise<Load> {
  const loopback = page.serving === 'interception' ? undefined : await serveOverLoopback(page.files);
  const origin = loopback?.origin ?? TEST_ORIGIN;
  let context: BrowserContext | undefined;
  let cleanUp: (() => Promise<void>) | undefined;
  try {
    context = await browser.newContext();
    if (!loopback) await serveFolder(context, page.files);
    cleanUp = await page.prepare?.(context);
    await context.addInitScript({ content: firstShownScript(page.target) });
    const requested: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) requested.push(url.pathname.slice(1));
    });
    const tab = await context.newPage();
    tab.setDefaultTimeout(LOAD_TIMEOUT_MS);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuBefore = await mainThreadCpuMs(cdp);
    await tab.goto(`${origin}/${page.path}`, { waitUntil: 'commit' });
    const shownAt: unknown = await tab.evaluate(`window.${SHOWN_AT_GLOBAL}`);
    if (typeof shownAt !== 'number') throw new Error(`${page.name}: the probe reported ${String(shownAt)}`);
    const cpuMs = (await mainThreadCpuMs(cdp)) - cpuBefore;
    const clickedAt: unknown = await tab.evaluate(`window.${CLICKED_AT_GLOBAL}`);
    return {
      shownAt,
      clickedAt: typeof clickedAt === 'number' ? clickedAt : null,
      requested: [...requested],
      mainThreadCpuMs: cpuMs,
    };
  } finally {
    await context?.close();
    await cleanUp?.();
    await loopback?.close();
  }
}

/** `runs` timed loads of each page (after one untimed warm-up load each), per page name. */
export async function measureColdStarts(
  pages: readonly ColdStartPage[],
  runs: number,
): Promise<Map<string, Load[]>> {
  const browser = await launchChromium();
  try {
    for (const page of pages) await loadOnce(browser, page);
    const times = new Map<string, Load[]>(pages.map((p) => [p.name, []]));
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) times.get(page.name)?.push(await loadOnce(browser, page));
    }
    return times;
  } finally {
    await browser.close();
  }
}
