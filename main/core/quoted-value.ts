/**
 * The value a message quotes, found by the message's own builder: `build` is called with a marker
 * where the value goes, and what stands around the marker must stand around the value. For wording
 * a refusal again in another language (routine/reword-pack.ts, routine/translations/reword-own.ts).
 */
export function quotedValue(message: string, build: (value: string) => string): string | null {
  const marker = '\u0000';
  const [before = '', after = ''] = build(marker).split(marker);
  if (message.length < before.length + after.length) return null;
  if (!message.startsWith(before) || !message.endsWith(after)) return null;
  return message.slice(before.length, message.length - after.length);
}
