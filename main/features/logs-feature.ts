import type { HandlerTable } from '../core/ipc/dispatch';
import { createPageLog } from '../core/page-log';
import type { Clock, Logger } from '../core/ports';
import type { DesktopPort } from '../core/shell-ports';

export interface LogsDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly desktop: DesktopPort;
  /** <profile>/logs (services/file-log.ts owns the name). */
  readonly logsDir: string;
}

/** The logs people can send: the page's lines into the main log, and the folder to find them in. */
export function logsHandlers(deps: LogsDeps): Pick<HandlerTable, 'openLogsFolder' | 'writeLog'> {
  const pageLog = createPageLog(deps.clock, deps.logger);
  return {
    openLogsFolder: async () => {
      await deps.desktop.openFolder(deps.logsDir);
      return null;
    },
    writeLog: (entry) => {
      pageLog(entry);
      return null;
    },
  };
}
