/**
 * Shared data (the catalog, the default settings, stored settings) is frozen deeply, so no caller
 * can change a cue, a duration or a default for everyone else by accident.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
