import { clipPageLogMessage, type PageLogEntry } from '../../main/core/page-log';

/** The window, as far as this needs it (renderer/lib is also compiled without the DOM library). */
interface ErrorEventSource {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: unknown) => void): void;
}

const field = (event: unknown, name: string): unknown =>
  typeof event === 'object' && event !== null && name in event ? (event as Record<string, unknown>)[name] : undefined;

/** One line of text for the log: the stack when there is one. */
export function describeError(what: string, error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return clipPageLogMessage(`${what}: ${detail}`);
}

/**
 * Sends the page's uncaught errors and unhandled rejections to the main log (main rate-limits
 * them), so a report from a user includes what went wrong in the window too.
 */
export function reportPageErrors(target: ErrorEventSource, write: (entry: PageLogEntry) => unknown): void {
  const send = (message: string): void => {
    // Logging must never raise an error of its own (that would loop through this handler).
    void Promise.resolve()
      .then(() => write({ level: 'error', message }))
      .catch(() => undefined);
  };
  target.addEventListener('error', (event) => send(describeError('Uncaught error', field(event, 'error') ?? field(event, 'message'))));
  target.addEventListener('unhandledrejection', (event) => send(describeError('Unhandled rejection', field(event, 'reason'))));
}
