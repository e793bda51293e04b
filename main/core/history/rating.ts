/**
 * The 0–10 soreness scale, shared by the routine's before/after ratings, the morning check-in,
 * the history file and the forms that offer it. Plain data (no schema library), so the renderer
 * draws the scale from the same bounds.
 */
import { isWithin, rangeText, type Range } from '../settings/vocabulary';

export const RATING_RANGE = { min: 0, max: 10 } as const satisfies Range;

/** "0 to 10", for the words around a rating. */
export const RATING_TEXT = rangeText(RATING_RANGE);

export function isRating(value: unknown): value is number {
  return typeof value === 'number' && isWithin(value, RATING_RANGE);
}

/** Every point of the scale, lowest first. */
export const RATING_VALUES: readonly number[] = /* @__PURE__ */ [...Array(RATING_RANGE.max + 1).keys()].slice(
  RATING_RANGE.min,
);
