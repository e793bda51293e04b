import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import type { HistoryViewModel } from '../../../../main/core/history/view-model';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';
import { invoke } from '../../../support/invoke';

// Tuesday 24 Nov 2026 in Berlin (UTC+1); the default check-in time is 08:00.
const at = (hhmm: string, date = '2026-11-24'): number => Date.parse(`${date}T${hhmm}:00+01:00`);

describe('morning check-in wiring (composed app, fake ports)', () => {
  let dir: string;
  let shell: FakeShell;
  let time: FakeTime;
  let app: UnknotApp;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-checkin-wiring-'));
    shell = createFakeShell();
    await seedSettings(dir);
    time = createFakeTime(at('06:30'), 'Europe/Berlin');
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
  });
  afterEach(async () => {
    app.dispose();
    // Saves still in flight would race the folder removal.
    await app.flush();
    await rm(dir, { recursive: true, force: true });
  });

  const goodMornings = () => shell.notifier.shown.filter((n) => n.title === 'Good morning');

  it('morning time -> "Good morning" notification; click -> the check-in view', async () => {
    time.advanceTo(at('07:59'));
    await app.flush();
    expect(goodMornings()).toHaveLength(0);
    time.advanceTo(at('08:00'));
    await app.flush();
    expect(goodMornings().map((n) => n.body)).toEqual(['How does your upper back feel this morning?']);
    goodMornings()[0]?.click();
    expect(shell.windows.opened).toEqual(['checkin']);
  });

  it('tray "Log this morning…" opens the check-in view, "History…" the history', () => {
    const items = (shell.tray.last()?.menu ?? []).flatMap((e) =>
      e.kind === 'item' ? [[e.id, e.label]] : [],
    );
    expect(items).toEqual(
      expect.arrayContaining([
        ['log-morning', 'Log this morning…'],
        ['open-history', 'History…'],
      ]),
    );
    app.trayAction('log-morning');
    app.trayAction('open-history');
    expect(shell.windows.opened).toEqual(['checkin', 'history']);
  });

  it('a morning logged before the time is not asked about; the entry reaches open windows', async () => {
    const result = await invoke(app, 'logCheckin', { soreness: 5, note: 'stiff neck' });
    expect(result.ok).toBe(true);
    const pushed = shell.windows.events.filter((e) => e.event === 'historyChanged').at(-1)
      ?.payload as HistoryViewModel;
    expect(pushed.today).toMatchObject({ date: '2026-11-24', soreness: 5, note: 'stiff neck' });
    time.advanceTo(at('08:30'));
    await app.flush();
    expect(goodMornings()).toHaveLength(0);
    const line = (await readFile(join(dir, 'history.jsonl'), 'utf8')).trim();
    expect(JSON.parse(line)).toMatchObject({
      type: 'checkin',
      localDate: '2026-11-24',
      soreness: 5,
      at: '2026-11-24T05:30:00.000Z',
    });
  });

  it('saving a new check-in time re-arms the offer', async () => {
    const saved = await invoke(app, 'saveSettings', { reminders: { morningCheckIn: { time: '09:15' } } });
    expect(saved.ok).toBe(true);
    time.advanceTo(at('09:14'));
    await app.flush();
    expect(goodMornings()).toHaveLength(0);
    time.advanceTo(at('09:15'));
    await app.flush();
    expect(goodMornings()).toHaveLength(1);
  });

  it('waking from sleep before noon offers the missed check-in', async () => {
    time.suspend(at('10:45') - at('06:30'));
    app.systemResumed();
    await app.flush();
    expect(goodMornings()).toHaveLength(1);
  });

  it('refuses a bad check-in payload and writes nothing', async () => {
    for (const bad of [
      { soreness: 11 },
      { soreness: 4.5 },
      { soreness: 3, note: 'x'.repeat(281) },
      { soreness: 3, at: 0 },
    ]) {
      const result = await invoke(app, 'logCheckin', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    await expect(readFile(join(dir, 'history.jsonl'), 'utf8')).rejects.toThrow();
  });

  it('dismissing the check-up card is kept in checkin-state.json', async () => {
    const result = await invoke(app, 'dismissNudge');
    expect(result.ok).toBe(true);
    await app.flush();
    const state = JSON.parse(await readFile(join(dir, 'checkin-state.json'), 'utf8')) as {
      nudgeDismissedOn: string;
    };
    expect(state.nudgeDismissedOn).toBe('2026-11-24');
  });
});
