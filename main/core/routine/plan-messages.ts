/**
 * Every warning buildPlan can give, worded for the person whose routine it is (the start screen
 * and the settings window show them), in one place so tests can assert exact text.
 */
import type { TranslatedMessages } from '../locale/messages';
import { STRETCHING_SAFETY } from './safety';
import type { SourcedText } from './types';

/** "45 s", "1 min", "1 min 30 s": SI symbols, which German and Spanish write the same way. */
export function formatDuration(sec: number): string {
  const min = Math.floor(sec / 60);
  const rest = sec % 60;
  if (min === 0) return `${rest} s`;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}

/** The words a warning uses to describe a value that is not text or a number. */
export interface ValueWords {
  readonly invalidNumber: string;
  readonly nothing: string;
  readonly aList: string;
  readonly anObject: string;
  readonly other: (type: string) => string;
  /** "a, b, c and 4 more": a few named values and how many more were left unnamed. */
  readonly andMore: (named: string, more: number) => string;
}

const VALUE_WORDS: ValueWords = {
  invalidNumber: 'an invalid number',
  nothing: 'nothing',
  aList: 'a list',
  anObject: 'an object',
  other: (type) => `a ${type}`,
  andMore: (named, more) => `${named} and ${more} more`,
};

/** A short, safe rendering of a value we could not use. */
export function showValue(value: unknown, words: ValueWords): string {
  // JSON quoting keeps quotes and control characters in someone's value from garbling the message.
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 29)}…` : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : words.invalidNumber;
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return words.nothing;
  if (Array.isArray(value)) return words.aList;
  return typeof value === 'object' ? words.anObject : words.other(typeof value);
}

/** Junk input can hold thousands of bad names; a warning names a few and counts the rest. */
export function listValues(values: readonly unknown[], words: ValueWords): string {
  const named = values
    .slice(0, 3)
    .map((value) => showValue(value, words))
    .join(', ');
  return values.length > 3 ? words.andMore(named, values.length - 3) : named;
}

const show = (value: unknown): string => showValue(value, VALUE_WORDS);
const list = (values: readonly unknown[]): string => listValues(values, VALUE_WORDS);

export const PLAN_MESSAGES = {
  noRoutines: 'There are no routines to choose from.',
  unknownSteps: (ids: readonly unknown[]): string =>
    `There is no step called ${list(ids)}; ${ids.length === 1 ? 'that change was' : 'those changes were'} left out.`,
  durationOutOfBounds: (title: string, value: unknown, min: number, max: number): string =>
    `${title} can last from ${formatDuration(min)} to ${formatDuration(max)}; ${show(value)} does not fit, so its usual length is used.`,
  heatColdSkipped: 'Heat or cold is set to skip, so that step is left out even though it was switched on.',
  allDisabled: 'Every step was switched off, so the routine is used as it comes.',
  presetStepMissing: (id: string): string =>
    `The routine lists a step that is missing (${show(id)}); it was left out.`,
} as const;

/** The messages in any language: the same keys, and each message takes the same values. */
export type PlanMessages = TranslatedMessages<typeof PLAN_MESSAGES>;

/** Everything buildPlan words itself, in one language: its warnings, and an own step's cautions. */
export interface PlanWords {
  readonly messages: PlanMessages;
  readonly ownStepCautions: readonly SourcedText[];
}

export const PLAN_WORDS: PlanWords = { messages: PLAN_MESSAGES, ownStepCautions: STRETCHING_SAFETY };
