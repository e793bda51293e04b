/** A JSON-style object: not null, not an array (valibot's object schemas accept arrays). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
