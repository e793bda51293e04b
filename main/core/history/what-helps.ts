/**
 * "What seems to help": which habits go with lower (or higher) morning soreness in the person's
 * own log. A pure function of the mornings (mornings.ts) and today's date. Every bound is named
 * here and the rules shown in the view are written from the same names, so what the view says it
 * does is what it does. It reports associations, never causes.
 */
import type { InsightWords } from '../locale/main-messages';
import { CHART_DAYS } from './chart';
import { FACTOR_KEYS, FACTORS, type AfterWord, type FactorKey } from './factors';
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
  /** "Mornings after …": its words' key in the insights catalog. */
  readonly after: AfterWord;
  /** true: with the habit; false: without it; null: that morning says nothing about it. */
  readonly has: (m: Morning) => boolean | null;
}

/** Night habits first, then the check-in's factors in the form's order: ties keep this order. */
const CANDIDATES: readonly Candidate[] = [
  { id: 'routine', after: 'afterRoutine', has: (m) => m.night.routine },
  { id: 'heat', after: 'afterHeat', has: (m) => m.night.heatCold === 'heat' },
  { id: 'cold', after: 'afterCold', has: (m) => m.night.heatCold === 'cold' },
  { id: 'neither', after: 'afterNeither', has: (m) => m.night.heatCold === null },
  ...FACTOR_KEYS.flatMap((key) => factorCandidates(key)),
];

function factorCandidates(key: FactorKey): Candidate[] {
  const after: Readonly<Record<string, AfterWord>> = FACTORS[key].after;
  return Object.entries(after).map(([value, word]) => ({
    id: `${key}:${value}`,
    after: word,
    has: (m: Morning): boolean | null => {
      const answer = m.factors[key];
      // Unanswered, or an answer that is not a habit ("mixed or don't know"), says nothing.
      if (answer === undefined || (key === 'sleptOn' && !Object.hasOwn(after, answer))) return null;
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

/** How the lines are worked out, in words, from the same bounds the lines use. */
export function helpRuleTexts(words: InsightWords): readonly string[] {
  return [
    words.helpRuleSpan({ weeks: HELP_RULES.days / 7, days: HELP_RULES.days }),
    words.helpRuleShown({ min: HELP_RULES.minEach }),
    words.helpRuleCompare(),
    words.helpRuleSources(),
  ];
}

function lineText(
  words: InsightWords,
  after: AfterWord,
  difference: number,
  withSide: Side,
  without: Side,
): string {
  const counts = { after: words[after](), with: withSide.count, without: without.count };
  if (Math.abs(difference) < 0.05) return words.helpSame(counts);
  const amount = words.decimal(Math.abs(difference));
  return difference < 0
    ? words.helpLower({ ...counts, difference: amount })
    : words.helpHigher({ ...counts, difference: amount });
}

/** |a| > |b| for differences held as exact fractions, so ties are ties (no rounding noise). */
function larger(a: { num: number; den: number }, b: { num: number; den: number }): number {
  return Math.abs(b.num) * a.den - Math.abs(a.num) * b.den;
}

/** `days`: the span looked at, the view's 8 weeks unless the report chose another period. */
export function whatHelps(
  all: readonly Morning[],
  today: string,
  words: InsightWords,
  days: number = HELP_RULES.days,
): WhatHelps {
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
      text: lineText(words, candidate.after, difference, withSide, without),
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
    needed:
      lines.length > 0
        ? null
        : words.helpNeeded({ missing: fewestMissing, min: HELP_RULES.minEach, weeks: days / 7 }),
    caveat: words.helpCaveat(),
    rules: helpRuleTexts(words),
  };
}
