import electronLog from 'electron-log/node';
import { join } from 'node:path';
import type { Logger } from '../core/ports';

/** The folder under the profile that people can open and send: "Open the logs folder". */
export const LOGS_FOLDER = 'logs';
export const MAIN_LOG_FILE = 'main.log';
/** Past this, main.log becomes main.old.log (replacing the previous one): at most twice this on disk. */
export const MAX_LOG_BYTES = 1024 * 1024;

export function logsDirOf(userDataDir: string): string {
  return join(userDataDir, LOGS_FOLDER);
}

export interface FileLogger extends Logger {
  /** The file being written. */
  readonly path: string;
}

/**
 * electron-log's Node flavour writing `<profile>/logs/main.log` with size-bounded rotation. Its
 * Node flavour, not its Electron one: the path comes from the profile we are given (so
 * `--user-data-dir` keeps its logs apart too) and the same code runs under plain Node in tests.
 */
export function createFileLogger(options: {
  readonly userDataDir: string;
  readonly maxBytes?: number;
  /** Also print to the terminal (a development run). */
  readonly console?: boolean;
}): FileLogger {
  const path = join(logsDirOf(options.userDataDir), MAIN_LOG_FILE);
  // A logger of our own: electron-log's default instance is shared by anything that imports it.
  const log = electronLog.create({ logId: `unknot:${path}` });
  log.transports.file.resolvePathFn = () => path;
  log.transports.file.maxSize = options.maxBytes ?? MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = options.console === true ? 'info' : false;
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, detail?: unknown): void =>
      detail === undefined ? log[level](message) : log[level](message, detail);
  return { path, info: write('info'), warn: write('warn'), error: write('error') };
}
