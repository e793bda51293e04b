/**
 * "What seems to help": which habits go with lower (or higher) morning soreness in the person's
 * own log. A pure function of the mornings (mornings.ts) and today's date. Every bound is named
 * here and the rules shown in the view are written from the same names, so what the view says it
 * does is what it does. It reports associations, never causes.
 */
import { CHART_DAYS } from './chart';
import { FACTOR_KEYS, FACTORS, type FactorKey } from './factors';
import { addDays } from './local-date';
import type { Morning } from './mornings';
import { RULES } from './stats';

export const HELP_RULES = {
  /** The last 8 weeks: the span the chart shows. */
  days: CHART_DAYS,
  /** A habit needs at least this many logged mornings with it, and as many without. */
  minEach: RULES.minMornings,
} as const;

/** One habit to compare: which mornings have it, and which could have had it but did not. */
interface Candidate {
  readonly id: string;
  /** "Mornings after …" */
  readonly after: string;
  /** true: with the habit; false: without it; null: that morning says nothing about it. */
  readonly has: (m: Morning) => boolean | null;
}

/** Night habits first, then the check-in's factors in the form's order: ties keep this order. */
const CANDIDATES: readonly Candidate[] = [
  { id: 'routine', after: 'a routine', has: (m) => m.night.routine },
  { id: 'heat', after: 'a routine with heat', has: (m) => m.night.heatCold === 'heat' },
  { id: 'cold', after: 'a routine with cold', has: (m) => m.night.heatCold === 'cold' },
  { id: 'neither', after: 'a night without heat or cold', has: (m) => m.night.heatCold === null },
  ...FACTOR_KEYS.flatMap((key) => factorCandidates(key)),
];

function factorCandidates(key: FactorKey): Candidate[] {
  const after: Record<string, string> = FACTORS[key].after;
  const counted = Object.keys(after);
  return counted.map((value) => ({
    id: `${key}:${value}`,
    after: after[value] ?? value,
    has: (m: Morning): boolean | null => {
      const answer = m.factors[key];
      // Unanswered, or an answer that is not a habit ("mixed or don't know"), says nothing.
      if (answer === undefined || (key === 'sleptOn' && !counted.includes(answer))) return null;
      return answer === value;
    },
  }));
}

interface Side {
  readonly count: number;
  readonly sum: number;
}

export interface HelpLine {
  readonly id: string;
  readonly text: string;
  /** Average with minus average without: negative means lower soreness with the habit. */
  readonly difference: number;
  readonly withCount: number;
  readonly withoutCount: number;
}

export interface WhatHelps {
  /** Largest difference first; empty until some habit has enough mornings on both sides. */
  readonly lines: readonly HelpLine[];
  /** While nothing is shown: how many more mornings are needed. */
  readonly needed: string | null;
  readonly caveat: string;
  readonly rules: readonly string[];
}

export const HELP_CAVEAT =
  'These are associations in your own log, not causes: a habit that goes with better mornings may not be what makes them better.';

const MIXED = FACTORS.sleptOn.choices.mixed;

export const HELP_RULE_TEXTS: readonly string[] = [
  `Only mornings logged in the last ${HELP_RULES.days / 7} weeks (${HELP_RULES.days} days) count, one per date (the latest entry).`,
  `A habit is shown once there are at least ${HELP_RULES.minEach} mornings with it and ${HELP_RULES.minEach} without.`,
  'Each line compares the average morning soreness after the habit with the average without it; the largest difference comes first.',
  'The routine, heat and cold come from what you recorded the evening before. The other habits come from your answers at the check-in: ' +
    `a morning where a question was left unanswered, or where you chose "${MIXED}", does not count for that question.`,
];

const mornings = (n: number): string => `${n} ${n === 1 ? 'morning' : 'mornings'}`;

function lineText(after: string, difference: number, withSide: Side, without: Side): string {
  const counts = `(${withSide.count} vs ${mornings(without.count)})`;
  if (Math.abs(difference) < 0.05) return `Mornings after ${after} averaged about the same ${counts}.`;
  const direction = difference < 0 ? 'lower' : 'higher';
  return `Mornings after ${after} averaged ${Math.abs(difference).toFixed(1)} ${direction} ${counts}.`;
}

/** |a| > |b| for differences held as exact fractions, so ties are ties (no rounding noise). */
function larger(a: { num: number; den: number }, b: { num: number; den: number }): number {
  return Math.abs(b.num) * a.den - Math.abs(a.num) * b.den;
}

/** `days`: the span looked at, the view's 8 weeks unless the report chose another period. */
export function whatHelps(all: readonly Morning[], today: string, days: number = HELP_RULES.days): WhatHelps {
  const first = addDays(today, 1 - days);
  const recent = all.filter((m) => m.date >= first && m.date <= today);
  let fewestMissing = 2 * HELP_RULES.minEach;
  const found: Array<HelpLine & { exact: { num: number; den: number } }> = [];
  for (const candidate of CANDIDATES) {
    const withSide = { count: 0, sum: 0 };
    const without = { count: 0, sum: 0 };
    for (const morning of recent) {
      const has = candidate.has(morning);
      if (has === null) continue;
      const side = has ? withSide : without;
      side.count += 1;
      side.sum += morning.soreness;
    }
    const missing =
      Math.max(0, HELP_RULES.minEach - withSide.count) + Math.max(0, HELP_RULES.minEach - without.count);
    fewestMissing = Math.min(fewestMissing, missing);
    if (missing > 0) continue;
    const exact = {
      num: withSide.sum * without.count - without.sum * withSide.count,
      den: withSide.count * without.count,
    };
    const difference = exact.num / exact.den;
    found.push({
      id: candidate.id,
      text: lineText(candidate.after, difference, withSide, without),
      difference,
      withCount: withSide.count,
      withoutCount: without.count,
      exact,
    });
  }
  // Array.prototype.sort is stable: equal differences keep the candidates' order.
  const lines = found.sort((a, b) => larger(a.exact, b.exact)).map(({ exact: _exact, ...line }) => line);
  return {
    lines,
    needed: lines.length > 0 ? null : neededText(fewestMissing, days),
    caveat: HELP_CAVEAT,
    rules: HELP_RULE_TEXTS,
  };
}

function neededText(missing: number, days: number): string {
  return (
    `Nothing to show yet: at least ${missing} more ${missing === 1 ? 'morning is' : 'mornings are'} needed ` +
    `(${HELP_RULES.minEach} with a habit and ${HELP_RULES.minEach} without, in the last ${days / 7} weeks).`
  );
}
