/**
 * The routine page's JS heap over a long routine, in Chromium on Playwright's fake clock: the page
 * is driven from step boundary to step boundary (every timer and animation frame in between runs,
 * as the clock fires them), so twenty minutes of frames take seconds of wall time and each step
 * can be checked to appear on time. Heap readings come after a forced full collection, over CDP.
 */
import type { CDPSession, Page } from '@playwright/test';

/** What the page holds after a forced full GC (Runtime.getHeapUsage). */
export interface HeapSample {
  /** The V8 heap in use: the figure. */
  readonly usedBytes: number;
  /** Blink's own garbage-collected heap (the DOM), reported beside it. */
  readonly embedderBytes: number;
}

/**
 * Two collections, not one: an object freed by the first (a DOM node's JS wrapper, a finalizer)
 * can keep another alive until the next, and a reading between the two scatters by that much.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { usedBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize };
}

/** An instant (ms since Start) to drive the page to, and the step it must show there. */
export interface Checkpoint {
  readonly atMs: number;
  /** The step index the page must show at `atMs`, or 'done' once the routine is over. */
  readonly step: number | 'done';
  /** One of the instants asked for (a heap reading), not only a step boundary. */
  readonly reading: boolean;
}

/**
 * Every step boundary after `fromMs` up to the last reading, and every reading instant, in time
 * order, each with the step that must be showing there: the plan laid over the measured window.
 * Steps run back to back from Start, so step i begins at the sum of the lengths before it.
 */
export function checkpoints(
  durationsMs: readonly number[],
  fromMs: number,
  readingsMs: readonly number[],
): Checkpoint[] {
  if (durationsMs.some((ms) => !(ms > 0))) throw new RangeError('every step must last longer than 0 ms');
  const toMs = readingsMs.at(-1);
  if (toMs === undefined || readingsMs.some((at, i) => !(at > (readingsMs[i - 1] ?? fromMs))))
    throw new RangeError(`readings must rise after ${fromMs} ms: ${readingsMs.join(', ')}`);
  const ends: number[] = [];
  for (const ms of durationsMs) ends.push((ends.at(-1) ?? 0) + ms);
  const stepAt = (at: number): number | 'done' => {
    const index = ends.findIndex((end) => end > at);
    return index === -1 ? 'done' : index;
  };
  const boundaries = ends.filter((end) => end > fromMs && end < toMs && !readingsMs.includes(end));
  return [
    ...boundaries.map((atMs) => ({ atMs, reading: false })),
    ...readingsMs.map((atMs) => ({ atMs, reading: true })),
  ]
    .sort((a, b) => a.atMs - b.atMs)
    .map((c) => ({ ...c, step: stepAt(c.atMs) }));
}

/** What the page shows as the current step: its index, or 'done' once the step screen is gone. */
export async function shownStep(page: Page, stepSelector: string): Promise<number | 'done'> {
  const index = await page
    .locator(stepSelector)
    .getAttribute('data-step-index', { timeout: 1_000 })
    .catch(() => null);
  return index === null ? 'done' : Number(index);
}
