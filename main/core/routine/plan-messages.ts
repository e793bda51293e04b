/**
 * Every warning buildPlan can give, worded for the person whose routine it is (they may see it
 * in settings), in one place so tests can assert exact text.
 */

/** "45 s", "1 min", "1 min 30 s". */
export function formatDuration(sec: number): string {
  const min = Math.floor(sec / 60);
  const rest = sec % 60;
  if (min === 0) return `${rest} s`;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}

/** A short, safe rendering of a value we could not use. */
export function show(value: unknown): string {
  // JSON quoting keeps quotes and control characters in someone's value from garbling the message.
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 29)}…` : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'an invalid number';
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Junk input can hold thousands of bad names; a warning names a few and counts the rest. */
function list(values: readonly unknown[]): string {
  const named = values.slice(0, 3).map(show).join(', ');
  return values.length > 3 ? `${named} and ${values.length - 3} more` : named;
}

export const PLAN_MESSAGES = {
  unreadable: (fallback: string): string =>
    `The routine settings could not be read, so the ${fallback} routine is used as it comes.`,
  noPreset: (fallback: string): string => `No routine was chosen, so the ${fallback} routine is used.`,
  unknownPreset: (value: unknown, fallback: string): string =>
    `${show(value)} is not one of the routines (quick, standard or full), so the ${fallback} routine is used.`,
  heatCold: (value: unknown, kept: string): string =>
    `Heat or cold can be heat, cold, ask or skip, not ${show(value)}; the routine's usual choice (${kept}) is used.`,
  breathingPattern: (value: unknown, kept: string): string =>
    `The breathing pattern can be relaxed, 4-7-8 or box, not ${show(value)}; ${kept} is used.`,
  breathingSec: (value: unknown, min: number, max: number): string =>
    `Slow breathing can last from ${formatDuration(min)} to ${formatDuration(max)}; ${show(value)} does not fit, so the routine's usual length is used.`,
  overridesUnreadable:
    'The changes to individual steps could not be read, so the steps are used as they come.',
  entryUnreadable: 'One of the step changes could not be read and was left out.',
  unknownSteps: (ids: readonly unknown[]): string =>
    `There is no step called ${list(ids)}; ${ids.length === 1 ? 'that change was' : 'those changes were'} left out.`,
  duplicateStep: (title: string): string =>
    `${title} is changed more than once; only the first change is used.`,
  enabledUnreadable: (title: string): string =>
    `Whether to include ${title} was not clear, so the routine's usual choice is kept.`,
  durationOutOfBounds: (title: string, value: unknown, min: number, max: number): string =>
    `${title} can last from ${formatDuration(min)} to ${formatDuration(max)}; ${show(value)} does not fit, so its usual length is used.`,
  heatColdSkipped: 'Heat or cold is set to skip, so that step is left out even though it was switched on.',
  orderUnreadable: 'The step order could not be read, so the usual order is used.',
  orderUnknown: (ids: readonly unknown[]): string =>
    `The step order names steps that do not exist (${list(ids)}); they were left out of the order.`,
  orderDuplicate: (title: string): string =>
    `${title} appears more than once in the step order; its first place is used.`,
  noRoutines: 'There are no routines to choose from.',
  allDisabled: 'Every step was switched off, so the routine is used as it comes.',
  presetStepMissing: (id: string): string =>
    `The routine lists a step that is missing (${show(id)}); it was left out.`,
} as const;
