/** Turns outcomes into the JSON report and the console table; decides pass/fail against budgets. */
import type { Budget, Figure, Outcome } from './figure';
import type { MachineInfo } from './machine';
import type { Side } from './ratio';

export interface FigureEntry {
  readonly label: string;
  readonly value: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly runs: number;
  readonly unit: string;
  readonly budget: Budget | null;
  /** null: no budget, or nothing measured. */
  readonly pass: boolean | null;
  readonly note: string;
  /** For a ratio: both sides' absolutes from the same run (numerator first); else null. */
  readonly sides: readonly Side[] | null;
  /** The 1-minute load average just before this figure ran exceeded the core count. */
  readonly noisy: boolean;
  readonly loadBefore: number;
  /** Why there is no value ('not measured yet', 'not present', 'error'); null when there is one. */
  readonly status: string | null;
}

export interface BenchReport {
  readonly machine: MachineInfo;
  /** 1, 5 and 15-minute load averages when the run ended. */
  readonly loadAverageAfter: readonly number[];
  readonly startedAt: string;
  readonly figures: Record<string, FigureEntry>;
}

/** A figure whose measurement threw: it fails, so a broken benchmark never passes silently. */
export interface Failure {
  readonly kind: 'error';
  readonly note: string;
}

export function checkBudget(value: number, budget: Budget | undefined): boolean | null {
  if (!budget) return null;
  return (
    (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min)
  );
}

/** What the machine was doing when a figure started: its noise flag comes from this. */
export interface RunLoad {
  readonly loadBefore: number;
  readonly cores: number;
}

export function toEntry(figure: Figure, outcome: Outcome | Failure, load: RunLoad): FigureEntry {
  const common = {
    label: figure.label,
    unit: figure.unit,
    budget: figure.budget ?? null,
    noisy: load.loadBefore > load.cores,
    loadBefore: load.loadBefore,
  };
  if (outcome.kind === 'measured') {
    const { value, median, min, max, runs, note } = outcome;
    const sides = outcome.sides ?? null;
    const pass = checkBudget(value, figure.budget);
    return { ...common, value, median, min, max, runs, pass, note, sides, status: null };
  }
  const empty = { value: null, median: null, min: null, max: null, runs: 0, sides: null };
  if (outcome.kind === 'error')
    return { ...common, ...empty, pass: false, note: outcome.note, status: 'error' };
  return { ...common, ...empty, pass: null, note: outcome.note, status: outcome.status };
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumSignificantDigits: 3 });
}

function formatBudget(budget: Budget | null, unit: string): string {
  if (!budget) return 'reported';
  const parts: string[] = [];
  if (budget.max !== undefined) parts.push(`≤ ${formatNumber(budget.max)} ${unit}`);
  if (budget.min !== undefined) parts.push(`≥ ${formatNumber(budget.min)} ${unit}`);
  return parts.join(', ');
}

function formatValue(entry: FigureEntry): string {
  if (entry.value === null) return entry.status ?? 'no value';
  return `${formatNumber(entry.value)} ${entry.unit}`;
}

function formatSpread(entry: FigureEntry): string {
  if (entry.min === null || entry.max === null) return '';
  return `${formatNumber(entry.min)} – ${formatNumber(entry.max)} (n=${entry.runs})`;
}

function formatResult(entry: FigureEntry): string {
  const noisy = entry.noisy ? ' (noisy)' : '';
  if (entry.pass === null) return `${entry.value === null ? '—' : 'reported'}${noisy}`;
  return `${entry.pass ? 'pass' : 'FAIL'}${noisy}`;
}

function formatSides(entry: FigureEntry): string {
  if (entry.sides === null) return '';
  return entry.sides.map((side) => `${side.label} ${formatNumber(side.median)} ${side.unit}`).join(' / ');
}

export type Row = readonly [string, string, string, string, string, string];

/** Ratios first (they are what travels between machines), then absolute figures; otherwise run order. */
export function orderedEntries(report: BenchReport): [string, FigureEntry][] {
  const entries = Object.entries(report.figures);
  return [
    ...entries.filter(([, e]) => e.unit === RATIO_UNIT),
    ...entries.filter(([, e]) => e.unit !== RATIO_UNIT),
  ];
}

export const RATIO_UNIT = '×';

export function tableRows(report: BenchReport): Row[] {
  return orderedEntries(report).map(
    ([key, e]) =>
      [
        `${e.label} [${key}]`,
        formatValue(e),
        formatSpread(e),
        formatSides(e),
        formatBudget(e.budget, e.unit),
        formatResult(e),
      ] as const,
  );
}

const HEADER: Row = [
  'figure',
  'value (median)',
  'min – max (runs)',
  'absolutes, same run (medians)',
  'budget',
  'result',
];

/** Plain-text table for the terminal, then one note per figure. */
export function renderTable(report: BenchReport): string {
  const rows = [HEADER, ...tableRows(report)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: Row) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = orderedEntries(report).map(([key, e]) => `  ${key}: ${e.note}`);
  return [line(HEADER), rule, ...rows.slice(1).map(line), '', 'notes:', ...notes].join('\n');
}

/** The same table as Markdown, for README's Performance section. */
export function renderMarkdown(report: BenchReport): string {
  const rows = [HEADER, ...tableRows(report)];
  const line = (r: Row) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(HEADER), `| ${HEADER.map(() => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

export function failed(report: BenchReport): string[] {
  return Object.entries(report.figures)
    .filter(([, e]) => e.pass === false)
    .map(([key]) => key);
}
