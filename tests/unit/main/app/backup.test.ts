/** "Back up everything": one file with a format version, the settings and every history record. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../../main/core/backup/backup';
import { parseHistory } from '../../../../main/core/history/parse';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { checkinLine, sessionLine, writeHistoryLines } from '../../../support/history-fixture';
import { invoke } from '../../../support/invoke';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

describe('back up everything (composed app, fake ports)', () => {
  let dir: string;
  let shell: FakeShell;
  let app: UnknotApp;
  const NOW = Date.parse('2026-11-24T08:30:00+01:00');
  const lines = [
    checkinLine('2026-11-22', 5, 'stiff'),
    sessionLine('2026-11-22'),
    checkinLine('2026-11-23', 3),
  ];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-backup-'));
    await seedSettings(dir);
    await writeHistoryLines(dir, [...lines, '{"v":2,"type":"chec']);
    shell = createFakeShell();
    const time = createFakeTime(NOW, 'Europe/Berlin');
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
  });
  afterEach(async () => {
    // Background saves (reminder state, settings) must land before the folder goes.
    await app.flush();
    app.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes settings and every readable record, tagged with the format and its version', async () => {
    await invoke(app, 'saveSettings', { routine: { preset: 'quick' } });
    const result = await invoke(app, 'exportData', 'backup');
    expect(result).toEqual({ ok: true, value: { savedTo: '/exports/unknot-backup-2026-11-24.json' } });
    const file = shell.desktop.saved.at(-1);
    const backup = JSON.parse(file?.text ?? '') as Record<string, unknown>;
    const settings = await invoke(app, 'getSettings');
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date(NOW).toISOString(),
      settings: settings.ok ? settings.value.settings : null,
      history: parseHistory(lines.join('\n')).records,
    });
    expect(file?.text.endsWith('\n')).toBe(true);
  });

  it('a cancelled save writes nothing and says so', async () => {
    shell.desktop.nextSave = 'cancel';
    expect(await invoke(app, 'exportData', 'backup')).toEqual({ ok: true, value: { savedTo: null } });
    expect(shell.desktop.saved).toEqual([]);
  });
});
