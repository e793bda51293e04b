import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import { PAGE_LOG_LIMIT, PAGE_LOG_MAX_CHARS } from '../../../../main/core/page-log';
import { type FakeShell } from '../../../support/fake-shell';
import { type FakeTime } from '../../../support/fake-time';
import { startSeededApp, type SeededApp } from '../../../support/test-app';

describe('app wiring: logs people can send', () => {
  let dir: string;
  let app: UnknotApp;
  let shell: FakeShell;
  let time: FakeTime;
  const pageLines = (): string[] =>
    shell.logger.lines.filter((l) => l.message.startsWith('[page]')).map((l) => `${l.level} ${l.message}`);

  let seeded: SeededApp;
  beforeEach(async () => {
    seeded = await startSeededApp('unknot-logs-wiring-');
    ({ dir, shell, time, app } = seeded);
  });
  afterEach(() => seeded.close());

  it('"Open the logs folder" opens <profile>/logs', async () => {
    expect(await app.dispatch(INVOKE_CHANNELS.openLogsFolder, undefined)).toEqual({ ok: true, value: null });
    expect(shell.desktop.openedFolders).toEqual([join(dir, 'logs')]);
  });

  it("writes the page's lines into the main log, marked as the page's", async () => {
    expect(
      await app.dispatch(INVOKE_CHANNELS.writeLog, { level: 'error', message: 'Uncaught error: boom' }),
    ).toEqual({ ok: true, value: null });
    expect(pageLines()).toEqual(['error [page] Uncaught error: boom']);
  });

  it('rate-limits the page: a loop of errors costs a few lines and one count', async () => {
    for (let i = 0; i < 500; i += 1)
      await app.dispatch(INVOKE_CHANNELS.writeLog, { level: 'error', message: `again ${i}` });
    expect(pageLines()).toHaveLength(PAGE_LOG_LIMIT.lines);
    time.advanceBy(PAGE_LOG_LIMIT.windowMs);
    await app.dispatch(INVOKE_CHANNELS.writeLog, { level: 'info', message: 'calm again' });
    expect(pageLines().slice(-2)).toEqual([
      `warn [page] ${500 - PAGE_LOG_LIMIT.lines} more line(s) dropped by the rate limit`,
      'info [page] calm again',
    ]);
  });

  it('refuses oversized or malformed lines before they reach the log', async () => {
    const tooLong = await app.dispatch(INVOKE_CHANNELS.writeLog, {
      level: 'error',
      message: 'x'.repeat(PAGE_LOG_MAX_CHARS + 1),
    });
    const badLevel = await app.dispatch(INVOKE_CHANNELS.writeLog, { level: 'debug', message: 'x' });
    const extra = await app.dispatch(INVOKE_CHANNELS.writeLog, { level: 'info', message: 'x', path: '/etc' });
    for (const result of [tooLong, badLevel, extra])
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(pageLines()).toEqual([]);
  });
});
