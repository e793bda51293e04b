/** Turns outcomes into the JSON report and the console table; decides pass/fail against budgets. */
import type { Budget, Figure, Outcome } from './figure';
import type { MachineInfo } from './machine';

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
}

export interface BenchReport {
  readonly machine: MachineInfo;
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

export function toEntry(figure: Figure, outcome: Outcome | Failure): FigureEntry {
  const common = { label: figure.label, unit: figure.unit, budget: figure.budget ?? null };
  if (outcome.kind === 'measured') {
    const { value, median, min, max, runs, note } = outcome;
    return { ...common, value, median, min, max, runs, pass: checkBudget(value, figure.budget), note };
  }
  const pass = outcome.kind === 'error' ? false : null;
  return { ...common, value: null, median: null, min: null, max: null, runs: 0, pass, note: outcome.note };
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
  if (entry.value === null) return entry.pass === false ? 'error' : 'not measured yet';
  return `${formatNumber(entry.value)} ${entry.unit}`;
}

function formatSpread(entry: FigureEntry): string {
  if (entry.min === null || entry.max === null) return '';
  return `${formatNumber(entry.min)} – ${formatNumber(entry.max)} (n=${entry.runs})`;
}

function formatResult(entry: FigureEntry): string {
  if (entry.pass === null) return entry.value === null ? '—' : 'reported';
  return entry.pass ? 'pass' : 'FAIL';
}

export type Row = readonly [string, string, string, string, string];

export function tableRows(report: BenchReport): Row[] {
  return Object.entries(report.figures).map(
    ([key, e]) =>
      [
        `${e.label} [${key}]`,
        formatValue(e),
        formatSpread(e),
        formatBudget(e.budget, e.unit),
        formatResult(e),
      ] as const,
  );
}

const HEADER: Row = ['figure', 'value (median)', 'min – max (runs)', 'budget', 'result'];

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
  const notes = Object.entries(report.figures).map(([key, e]) => `  ${key}: ${e.note}`);
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
