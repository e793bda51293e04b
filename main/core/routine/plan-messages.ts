/**
 * Every warning buildPlan can give, worded for the person whose routine it is (the start screen
 * and the settings window show them), in one place so tests can assert exact text.
 */

/** "45 s", "1 min", "1 min 30 s". */
export function formatDuration(sec: number): string {
  const min = Math.floor(sec / 60);
  const rest = sec % 60;
  if (min === 0) return `${rest} s`;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}

/** A short, safe rendering of a value we could not use. */
function show(value: unknown): string {
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
