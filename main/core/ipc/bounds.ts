/**
 * Bounded work per IPC message. A compromised page can send anything structured clone carries:
 * a million-item array, a 24 MB string, an object with a million keys. Main must answer each
 * quickly and with a short reply, so:
 *   1. a payload over a size budget is refused before any schema sees it (payloadWithinBounds,
 *      which stops counting as soon as the budget is spent: an array's length is checked before
 *      any of its items is visited);
 *   2. every array in a request schema checks its length before its items (boundedArray), and
 *      every free string its length before any pattern;
 *   3. at most MAX_REPORTED_ISSUES issues travel back in a reply.
 * SECURITY.md states these numbers; change them here only.
 */
import * as v from 'valibot';

/** Values (array items, object keys and their values, strings, numbers...) in one request. */
export const MAX_PAYLOAD_NODES = 2_000;
/** Characters of all strings and keys in one request, plus bytes of any binary data. */
export const MAX_PAYLOAD_CHARS = 64 * 1024;
/** Issues sent back with an invalid request: enough to fix a form, never a flood. */
export const MAX_REPORTED_ISSUES = 10;

export const PAYLOAD_TOO_LARGE_MESSAGE = 'That request is too large for Unknot to accept.';

/**
 * Whether the payload fits the budget. Visits at most MAX_PAYLOAD_NODES values, and none of an
 * array's items when its length alone is over budget; cycles simply spend the budget.
 */
export function payloadWithinBounds(payload: unknown): boolean {
  let nodes = 0;
  let chars = 0;
  const pending: unknown[] = [payload];
  const spend = (moreNodes: number, moreChars: number): boolean => {
    nodes += moreNodes;
    chars += moreChars;
    return nodes <= MAX_PAYLOAD_NODES && chars <= MAX_PAYLOAD_CHARS;
  };
  while (pending.length > 0) {
    const value = pending.pop();
    if (!spend(1, 0)) return false;
    if (typeof value === 'string') {
      if (!spend(0, value.length)) return false;
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      if (!spend(0, value.byteLength)) return false;
    } else if (Array.isArray(value)) {
      const items: readonly unknown[] = value;
      if (nodes + items.length > MAX_PAYLOAD_NODES) return false;
      for (let i = 0; i < items.length; i++) pending.push(items[i]);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (!spend(1, key.length)) return false;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

/**
 * An array schema that checks it is an array and its length first, and only then its items,
 * so an oversized array costs one comparison whatever its content.
 */
export function boundedArray<TItem extends v.GenericSchema>(
  item: TItem,
  maxItems: number,
  messages: { notAList?: string; tooMany?: string } = {},
) {
  return v.pipe(
    v.custom<unknown[]>((input) => Array.isArray(input), messages.notAList),
    v.check((input) => input.length <= maxItems, messages.tooMany),
    v.array(item, messages.notAList),
  );
}
