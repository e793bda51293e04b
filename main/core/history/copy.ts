/**
 * The history view's sentences, written in main so the page ships no copy and no arithmetic.
 * Every statistic is stated with its numbers; every rule quotes the constants it is built on.
 */
import {
  RULES,
  averageOf,
  type Average,
  type Persistence,
  type RoutineComparison,
  type Trend,
} from './stats';

/** One decimal, as people read averages ("4.0", not "4"). */
const avg = (a: Average): string => averageOf(a).toFixed(1);
const mornings = (n: number): string => `${n} ${n === 1 ? 'morning' : 'mornings'}`;
const nights = (n: number): string => `${n} ${n === 1 ? 'night' : 'nights'}`;

export function skippedText(count: number): string | null {
  if (count === 0) return null;
  return count === 1
    ? '1 line of your history could not be read and was skipped.'
    : `${count} lines of your history could not be read and were skipped.`;
}

export function chartSummary(logged: readonly number[], span: string): string {
  const shading = 'Shaded columns are nights with a routine.';
  if (logged.length === 0) return `No mornings logged from ${span}. ${shading}`;
  const a = { count: logged.length, sum: logged.reduce((x, y) => x + y, 0) };
  return (
    `Morning soreness from ${span}: ${mornings(logged.length)} logged, average ${avg(a)} out of 10 ` +
    `(lowest ${Math.min(...logged)}, highest ${Math.max(...logged)}). ${shading}`
  );
}

export function nightsText(routineCount: number, days: number): string {
  return `A routine on ${nights(routineCount)} of the last ${days}.`;
}

export function streakText(streak: number): string {
  if (streak === 0) return 'none yet (no routine last night or tonight).';
  return streak === 1 ? '1 night.' : `${streak} nights in a row.`;
}

export const NUDGE_CAVEAT =
  'Unknot cannot tell what is causing your soreness: this is a prompt to get advice, not a diagnosis.';

export function insightText(c: RoutineComparison): string {
  const days = RULES.insightDays;
  if (!c.shown) {
    return (
      `To compare mornings after a routine with other mornings, Unknot needs at least ${RULES.minMornings} of each ` +
      `in the last ${days} days (so far: ${c.after.count} after a routine, ${c.other.count} without).`
    );
  }
  const diff = averageOf(c.after) - averageOf(c.other);
  const verdict =
    Math.abs(diff) < 0.05
      ? 'about the same'
      : `${Math.abs(diff).toFixed(1)} ${diff < 0 ? 'lower' : 'higher'} after a routine`;
  return (
    `Over the last ${days} days, mornings after a routine night averaged ${avg(c.after)} out of 10 ` +
    `(${mornings(c.after.count)}); other mornings averaged ${avg(c.other)} (${mornings(c.other.count)}): ${verdict}.`
  );
}

export function trendText(t: Trend): string {
  const span = RULES.trendDays;
  if (!t.shown) {
    return (
      `A trend needs at least ${RULES.minMornings} logged mornings in each of the last two ${span}-day spans ` +
      `(so far: ${t.recent.count} and ${t.before.count}).`
    );
  }
  const change =
    Math.abs(t.change) < 0.05
      ? 'about the same'
      : `${t.change > 0 ? 'up' : 'down'} ${Math.abs(t.change).toFixed(1)}`;
  return (
    `Last ${span} days: average ${avg(t.recent)} out of 10 (${mornings(t.recent.count)}); ` +
    `the ${span} days before: ${avg(t.before)} (${mornings(t.before.count)}): ${change}.`
  );
}

/** Why the check-up card is shown, with the numbers that crossed the line. */
export function nudgeReasons(p: Persistence, t: Trend): string[] {
  const reasons: string[] = [];
  if (p.persists) {
    reasons.push(
      `Your back was sore (${RULES.soreAt} or more out of 10) on ${p.sore} of the last ${p.of} mornings you logged.`,
    );
  }
  if (t.worsening) {
    reasons.push(
      `Your average morning soreness rose by ${t.change.toFixed(1)}: ${avg(t.recent)} over the last ${RULES.trendDays} days ` +
        `against ${avg(t.before)} the ${RULES.trendDays} days before.`,
    );
  }
  return reasons;
}

/** "How Unknot decides to suggest a check-up": the exact rules, in words. */
export const RULE_TEXTS: readonly string[] = [
  `Soreness that persists: ${RULES.soreAt} or more out of 10 on at least ${RULES.soreMornings} of your last ` +
    `${RULES.persistMornings} logged mornings (only mornings from the last ${RULES.recentDays} days count).`,
  `Soreness that worsens: your average over the last ${RULES.trendDays} days is at least ${RULES.worseBy} points higher ` +
    `than over the ${RULES.trendDays} days before, with at least ${RULES.minMornings} logged mornings in each.`,
  `If you dismiss the suggestion, it stays hidden for ${RULES.dismissDays} days.`,
  `A morning counts as "after a routine" when you did one the evening before. Comparisons and trends appear once ` +
    `there are at least ${RULES.minMornings} mornings on each side.`,
  'These are simple rules applied to your own log, not a diagnosis. If you are worried, see a professional whatever the numbers say.',
];
