/**
 * Lines the renderer sends to the main log (its uncaught errors), and the rate limit that keeps
 * a page in an error loop from filling the disk or the log's rotation with one repeated line.
 * No valibot here: the page imports this file, and the schema lives with the contract.
 */
import type { Clock, Logger } from './ports';

export const PAGE_LOG_LEVELS = ['info', 'warn', 'error'] as const;
export const PAGE_LOG_MAX_CHARS = 2000;
/** At most this many page lines per window; the rest are counted, then reported as one line. */
export const PAGE_LOG_LIMIT = { lines: 30, windowMs: 60_000 } as const;

export interface PageLogEntry {
  readonly level: (typeof PAGE_LOG_LEVELS)[number];
  readonly message: string;
}

/** Writes page lines to the main logger, at most PAGE_LOG_LIMIT.lines per window. */
export function createPageLog(clock: Clock, logger: Logger): (entry: PageLogEntry) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  let written = 0;
  let dropped = 0;
  return ({ level, message }) => {
    const now = clock.now();
    if (now - windowStart >= PAGE_LOG_LIMIT.windowMs || now < windowStart) {
      if (dropped > 0) logger.warn(`[page] ${dropped} more line(s) dropped by the rate limit`);
      windowStart = now;
      written = 0;
      dropped = 0;
    }
    if (written >= PAGE_LOG_LIMIT.lines) {
      dropped += 1;
      return;
    }
    written += 1;
    logger[level](`[page] ${message}`);
  };
}
