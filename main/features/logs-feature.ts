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

export interface LogsFeature {
  readonly handlers: Pick<HandlerTable, 'openLogsFolder' | 'writeLog'>;
}

/** The logs people can send: the page's lines into the main log, and the folder to find them in. */
export function createLogsFeature(deps: LogsDeps): LogsFeature {
  const pageLog = createPageLog(deps.clock, deps.logger);
  const handlers: LogsFeature['handlers'] = {
    openLogsFolder: async () => {
      await deps.desktop.openFolder(deps.logsDir);
      return null;
    },
    writeLog: (entry) => {
      pageLog(entry);
      return null;
    },
  };
  return { handlers };
}
