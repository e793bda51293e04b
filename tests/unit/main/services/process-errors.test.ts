import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { logProcessErrors } from '../../../../main/services/process-errors';
import { createFakeShell } from '../../../support/fake-shell';

// The real process is in file-log.test.ts (a child that throws and keeps running); this pins the
// wording of the two log lines.
describe('logProcessErrors', () => {
  it('logs an uncaught exception and an unhandled rejection as errors', () => {
    const events = new EventEmitter();
    const { logger } = createFakeShell();
    logProcessErrors(events, logger);
    events.emit('uncaughtException', new Error('boom'));
    events.emit('unhandledRejection', 'nope');
    expect(logger.lines).toEqual([
      { level: 'error', message: 'Uncaught exception in main' },
      { level: 'error', message: 'Unhandled promise rejection in main' },
    ]);
  });
});
