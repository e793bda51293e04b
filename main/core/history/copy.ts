/**
 * The history view's sentences, written in main so the page ships no copy and no arithmetic, in
 * the language setting (the insights catalog, locale/<language>/insights.ts). Every statistic is
 * stated with its numbers; every rule quotes the constants it is built on.
 */
import type { InsightWords } from '../locale/main-messages';
import { RATING_RANGE } from './rating';
import {
  RULES,
  averageOf,
  sorenessSummary,
  type Average,
  type Persistence,
  type RoutineComparison,
  type Trend,
} from './stats';

/** One decimal, as people read averages ("4.0", not "4"), with the language's decimal mark. */
const avgIn =
  (words: InsightWords) =>
  (a: Average): string =>
    words.decimal(averageOf(a));
const { max } = RATING_RANGE;

export function skippedText(count: number, words: InsightWords): string | null {
  return count === 0 ? null : words.skipped({ count });
}

/** `span`: "30 Sept to 24 Nov", from words.span. */
export function chartSummary(logged: readonly number[], span: string, words: InsightWords): string {
  const shading = words.chartShading();
  const summary = sorenessSummary(logged);
  if (summary === null) return `${words.chartNone({ span })} ${shading}`;
  const text = words.chartSummary({
    span,
    count: summary.count,
    average: avgIn(words)(summary),
    max,
    lowest: summary.lowest,
    highest: summary.highest,
  });
  return `${text} ${shading}`;
}

export function nightsText(routineCount: number, days: number, words: InsightWords): string {
  return words.nightsText({ count: routineCount, days });
}

export function streakText(streak: number, words: InsightWords): string {
  return streak === 0 ? words.streakNone() : words.streak({ count: streak });
}

export function insightText(c: RoutineComparison, words: InsightWords): string {
  const days = RULES.insightDays;
  if (!c.shown) {
    return words.insightNeeds({ min: RULES.minMornings, days, after: c.after.count, other: c.other.count });
  }
  const avg = avgIn(words);
  const diff = averageOf(c.after) - averageOf(c.other);
  const difference = words.decimal(Math.abs(diff));
  const verdict =
    Math.abs(diff) < 0.05
      ? words.aboutTheSame()
      : diff < 0
        ? words.lowerAfterRoutine({ difference })
        : words.higherAfterRoutine({ difference });
  return words.insight({
    days,
    after: avg(c.after),
    max,
    afterCount: c.after.count,
    other: avg(c.other),
    otherCount: c.other.count,
    verdict,
  });
}

export function trendText(t: Trend, words: InsightWords): string {
  const span = RULES.trendDays;
  if (!t.shown) {
    return words.trendNeeds({ min: RULES.minMornings, span, recent: t.recent.count, before: t.before.count });
  }
  const avg = avgIn(words);
  const amount = words.decimal(Math.abs(t.change));
  const change =
    Math.abs(t.change) < 0.05
      ? words.aboutTheSame()
      : t.change > 0
        ? words.trendUp({ change: amount })
        : words.trendDown({ change: amount });
  return words.trend({
    span,
    recent: avg(t.recent),
    max,
    recentCount: t.recent.count,
    before: avg(t.before),
    beforeCount: t.before.count,
    change,
  });
}

/** Why the check-up card is shown, with the numbers that crossed the line. */
export function nudgeReasons(p: Persistence, t: Trend, words: InsightWords): string[] {
  const avg = avgIn(words);
  const reasons: string[] = [];
  if (p.persists) reasons.push(words.nudgePersists({ soreAt: RULES.soreAt, max, sore: p.sore, of: p.of }));
  if (t.worsening) {
    reasons.push(
      words.nudgeWorsens({
        change: words.decimal(t.change),
        recent: avg(t.recent),
        days: RULES.trendDays,
        before: avg(t.before),
      }),
    );
  }
  return reasons;
}

/** "How Unknot decides to suggest a check-up": the exact rules, in words. */
export function ruleTexts(words: InsightWords): readonly string[] {
  return [
    words.rulePersists({
      soreAt: RULES.soreAt,
      max,
      soreMornings: RULES.soreMornings,
      persistMornings: RULES.persistMornings,
      recentDays: RULES.recentDays,
    }),
    words.ruleWorsens({ days: RULES.trendDays, worseBy: RULES.worseBy, min: RULES.minMornings }),
    words.ruleDismiss({ days: RULES.dismissDays }),
    words.ruleAfterRoutine({ min: RULES.minMornings }),
    words.ruleNotDiagnosis(),
  ];
}
