import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { createFakeShell, type FakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';
import { invoke } from '../../../support/invoke';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';

// Tuesday 24 Nov 2026, 13:00 in Berlin (UTC+1); the seeded Tuesday bedtime is 22:30, lead 30 min.
const START = Date.parse('2026-11-24T12:00:00Z');
const TUE_REMINDER = Date.parse('2026-11-24T21:00:00Z');
/** Intl may put a narrow no-break space before AM/PM; people read it as a space. */
const spaced = (text: string | undefined): string => (text ?? '').replace(/\s/gu, ' ');

describe("the system's regional format, through the composed app", () => {
  let dir: string;
  let shell: FakeShell;
  let time: FakeTime;
  let app: UnknotApp;

  async function start(locale: string): Promise<void> {
    dir = await mkdtemp(join(tmpdir(), 'unknot-clock-wiring-'));
    await seedSettings(dir);
    shell = createFakeShell();
    shell.locale.regional = locale;
    time = createFakeTime(START, 'Europe/Berlin');
    app = createTestApp({ userDataDir: dir, clock: time.clock, timers: time.timers, shell });
    await app.start();
  }
  afterEach(async () => {
    await app.flush();
    app.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('en-US: the tray tooltip and the reminder speak the 12-hour clock', async () => {
    await start('en-US');
    expect(spaced(shell.tray.last()?.tooltip)).toBe('Unknot — Next reminder: Tue 10:00 PM');
    time.advanceTo(TUE_REMINDER + 1);
    expect(spaced(shell.notifier.shown[0]?.body)).toMatch(/ Bedtime is at 10:30 PM\.$/);
  });

  it('en-US: the page is told 12-hour and Sunday first', async () => {
    await start('en-US');
    expect(await invoke(app, 'getRegionalFormat')).toEqual({
      ok: true,
      value: { locale: 'en-US', hourCycle: 'h12', firstDayOfWeek: 7 },
    });
  });

  it("de-DE: 24-hour and Monday first; the tooltip's weekday is in the app's language", async () => {
    await start('de-DE');
    expect(await invoke(app, 'getRegionalFormat')).toEqual({
      ok: true,
      value: { locale: 'de-DE', hourCycle: 'h23', firstDayOfWeek: 1 },
    });
    expect(shell.tray.last()?.tooltip).toBe('Unknot — Next reminder: Tue 22:00');
  });

  it('a tag Intl cannot use falls back to en-GB rather than breaking the tray', async () => {
    await start('not a locale!');
    expect(await invoke(app, 'getRegionalFormat')).toMatchObject({ ok: true, value: { locale: 'en-GB' } });
    expect(shell.tray.last()?.tooltip).toBe('Unknot — Next reminder: Tue 22:00');
  });
});
