// A child process for tests/unit/logs: logs to a file, then throws and rejects on purpose.
import { createFileLogger } from '../../main/services/file-log';
import { logProcessErrors } from '../../main/services/process-errors';

const userDataDir = process.argv[2];
if (!userDataDir) throw new Error('usage: process-errors-child <userDataDir>');
const logger = createFileLogger({ userDataDir });
logProcessErrors(process, logger);
setTimeout(() => {
  throw new Error('planted uncaught exception');
}, 1);
setTimeout(() => void Promise.reject(new Error('planted unhandled rejection')), 2);
// Still here after both: the process kept running.
setTimeout(() => {
  logger.info('still running');
  process.stdout.write('alive\n');
}, 50);
