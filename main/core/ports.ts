/**
 * Ports: the only ways main/core touches time and the outside world. Real implementations live
 * in main/services (Node) and main/electron (Electron); tests pass fakes.
 */

/** Wall-clock time and the local time zone, read fresh each time (both can change while running). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Time zone in force right now, e.g. "Europe/Berlin"; always one Temporal accepts. */
  timeZone(): string;
  /** Set when the system's zone could not be used and a fixed offset stands in (see time-zone.ts). */
  timeZoneNotice?(): string | null;
}

/** An opaque handle for a pending timer. */
export type TimerHandle = { readonly __timer: unique symbol } | object;

/** One-shot timers. Implementations need not handle delays above 2^31-1 ms; callers split them. */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** A small durable JSON document (reminder state, settings...). */
export interface JsonDocumentStore {
  /** The parsed document, or null when absent. Throws only on I/O failure, not on bad content. */
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}
