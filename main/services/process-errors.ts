import type { Logger } from '../core/ports';

/** The two process events a stray throw or rejection in main ends up in. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs an uncaught exception or unhandled rejection in main instead of letting it end the app
 * (Node's default) or raise Electron's error dialog: a tray app that quits silently misses the
 * next bedtime, and the log is what a person can send us.
 */
export function logProcessErrors(events: ProcessEvents, logger: Logger): void {
  events.on('uncaughtException', (error) => logger.error('Uncaught exception in main', error));
  events.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection in main', reason));
}
