/**
 * Chart geometry for the history view, computed in main so the page only draws: SVG path data in
 * a fixed viewBox that the page scales to its width, a handful of <path> elements instead of one
 * element per day (less for the renderer bundle to build, and for the page to lay out).
 *
 * One column per day: the morning's dot sits at the column's left edge, and that date's evening
 * (its night) fills the column up to the next morning, so a routine night is shaded just before
 * the morning it may have helped. The calendar strip uses the same columns, so it lines up.
 */
export const CHART_DAYS = 56;

const WIDTH = 640;
const HEIGHT = 190;
const LEFT = 30;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 26;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const DOT_RADIUS = 4;
const STRIP_HEIGHT = 24;

export interface ChartLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** SVG text-anchor: the soreness scale is right-aligned against the plot. */
  readonly anchor: 'start' | 'end';
}

export interface HistoryChart {
  readonly width: number;
  readonly height: number;
  /** Path data: gridlines at 0, 5 and 10. */
  readonly grid: string;
  /** Path data: one shaded column per routine night. */
  readonly bands: string;
  /** Path data: the soreness line, broken where a morning was not logged. */
  readonly line: string;
  /** Path data: a dot per logged morning. */
  readonly dots: string;
  readonly labels: readonly ChartLabel[];
  readonly stripHeight: number;
  /** Path data: every night's cell in the calendar strip, and the routine nights' cells. */
  readonly stripCells: string;
  readonly stripOn: string;
}

/** One decimal is far below a pixel and keeps the payload small. */
const round = (n: number): number => Math.round(n * 10) / 10;
const sorenessY = (soreness: number): number => round(TOP + ((10 - soreness) * PLOT_HEIGHT) / 10);
const box = (x: number, y: number, w: number, h: number): string =>
  `M${round(x)} ${y}h${round(w)}v${h}h${round(-w)}z`;

/**
 * `soreness[i]` and `routine[i]` belong to day i (oldest first); `weekLabel(i)` names the week
 * starting on day i, or is null when no week starts there (weeks start on the locale's first day).
 * The columns share the width, so any span fits (the report's 4 to 12 weeks).
 */
export function historyChart(
  soreness: ReadonlyArray<number | null>,
  routine: readonly boolean[],
  weekLabel: (index: number) => string | null,
): HistoryChart {
  let line = '';
  let dots = '';
  let bands = '';
  let stripCells = '';
  let stripOn = '';
  const labels: ChartLabel[] = [];
  const step = PLOT_WIDTH / Math.max(1, soreness.length);
  const dayX = (index: number): number => round(LEFT + index * step);
  soreness.forEach((value, index) => {
    const x = dayX(index);
    if (value !== null) {
      const y = sorenessY(value);
      line += `${(soreness[index - 1] ?? null) === null ? 'M' : 'L'}${x} ${y}`;
      dots += `M${round(x - DOT_RADIUS)} ${y}a${DOT_RADIUS} ${DOT_RADIUS} 0 1 0 ${2 * DOT_RADIUS} 0a${DOT_RADIUS} ${DOT_RADIUS} 0 1 0 ${-2 * DOT_RADIUS} 0`;
    }
    const cell = box(x + 1, 3, step - 2, STRIP_HEIGHT - 6);
    stripCells += cell;
    if (routine[index]) {
      bands += box(x, TOP, step, PLOT_HEIGHT);
      stripOn += cell;
    }
    const week = weekLabel(index);
    if (week !== null) labels.push({ x, y: HEIGHT - 6, text: week, anchor: 'start' });
  });
  let grid = '';
  for (const level of [0, 5, 10]) {
    const y = sorenessY(level);
    grid += `M${LEFT} ${y}H${WIDTH - RIGHT}`;
    labels.push({ x: LEFT - 8, y: y + 4, text: String(level), anchor: 'end' });
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    grid,
    bands,
    line,
    dots,
    labels,
    stripHeight: STRIP_HEIGHT,
    stripCells,
    stripOn,
  };
}
