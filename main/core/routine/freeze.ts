/**
 * Catalog data is shared by every plan and session; freezing it deeply means no caller can change
 * a cue or a duration for everyone else by accident.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
