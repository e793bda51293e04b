import { mainMessages } from '../../../../main/core/locale/main-messages';
import { describe, expect, it } from 'vitest';
import { planCheckin, type MorningCheckinSetting } from '../../../../main/core/history/checkin-schedule';
import { toCheckinRecord } from '../../../../main/core/history/checkin';
import type { JsonDocumentStore } from '../../../../main/core/ports';
import { defaultSettings } from '../../../../main/core/settings/defaults';
import type { Settings } from '../../../../main/core/settings/schema';
import { createCheckinFeature, type CheckinFeature } from '../../../../main/features/checkin-feature';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime, type FakeTime } from '../../../support/fake-time';

const HOUR = 3_600_000;
const MIN = 60_000;
const ZONE = 'Europe/Berlin';
/** Tuesday 24 Nov 2026 at a local (UTC+1) wall time. */
const tue = (hhmm: string): number => Date.parse(`2026-11-24T${hhmm}:00+01:00`);
const wed = (hhmm: string): number => Date.parse(`2026-11-25T${hhmm}:00+01:00`);

/** The settings the feature is given, with this morning check-in setting. */
function withCheckin(setting: MorningCheckinSetting): Settings {
  const settings = defaultSettings();
  settings.reminders.morningCheckIn = { ...setting };
  return settings;
}

function memoryStore(initial: unknown = null): JsonDocumentStore & { value: unknown } {
  const store = {
    value: initial,
    load: async () => store.value,
    save: async (value: unknown) => {
      store.value = structuredClone(value);
    },
  };
  return store;
}

interface Rig {
  time: FakeTime;
  feature: CheckinFeature;
  store: ReturnType<typeof memoryStore>;
  shown: Array<{ title: string; body: string; click(): void }>;
  logged: Set<string>;
  opened: string[];
  /** Moves the clock, then waits for any offer being checked. */
  advanceTo(at: number): Promise<void>;
}

async function rig(options: {
  at: number;
  setting?: MorningCheckinSetting;
  store?: ReturnType<typeof memoryStore>;
  logged?: Set<string>;
}): Promise<Rig> {
  const time = createFakeTime(options.at, ZONE);
  const shell = createFakeShell();
  const store = options.store ?? memoryStore();
  const logged = options.logged ?? new Set<string>();
  const opened: string[] = [];
  const feature = createCheckinFeature({
    words: () => mainMessages('en'),
    clock: time.clock,
    timers: time.timers,
    logger: shell.logger,
    store,
    notifier: shell.notifier,
    windows: { show: (view) => void opened.push(view) },
    // A check-in record for each logged morning, read the way the feature reads history.jsonl.
    history: {
      readAll: async () => ({
        records: [...logged].map((date) =>
          toCheckinRecord({ soreness: 3 }, Date.parse(`${date}T09:00:00+01:00`), ZONE),
        ),
        skipped: [],
      }),
    },
  });
  feature.applySettings(withCheckin(options.setting ?? { enabled: true, time: '08:00' }));
  await feature.start();
  await feature.flush();
  return {
    time,
    feature,
    store,
    shown: shell.notifier.shown,
    logged,
    opened,
    async advanceTo(at) {
      time.advanceTo(at);
      await feature.flush();
    },
  };
}

describe('morning check-in scheduler (fake clock)', () => {
  it('offers once per morning, at the check-in time, and the click opens the check-in', async () => {
    const r = await rig({ at: tue('06:30') });
    expect(r.time.pendingCount()).toBe(1);
    expect(r.time.nextFireAt()).toBe(tue('08:00'));
    await r.advanceTo(tue('07:59'));
    expect(r.shown).toHaveLength(0);
    await r.advanceTo(tue('08:00'));
    expect(r.shown.map((n) => [n.title, n.body])).toEqual([
      ['Good morning', 'How does your upper back feel this morning?'],
    ]);
    r.shown[0]?.click();
    expect(r.opened).toEqual(['checkin']);
    await r.advanceTo(tue('11:59'));
    r.feature.systemResumed();
    await r.feature.flush();
    expect(r.shown).toHaveLength(1);
    await r.advanceTo(wed('08:00'));
    expect(r.shown).toHaveLength(2);
    expect(r.store.value).toMatchObject({ lastOfferedDate: '2026-11-25' });
  });

  it('never offers twice a morning, even after a restart', async () => {
    const first = await rig({ at: tue('06:30') });
    await first.advanceTo(tue('08:05'));
    expect(first.shown).toHaveLength(1);
    first.feature.dispose();
    const second = await rig({ at: tue('09:00'), store: first.store });
    await second.advanceTo(wed('07:59'));
    expect(second.shown).toHaveLength(0);
    await second.advanceTo(wed('08:00'));
    expect(second.shown).toHaveLength(1);
  });

  it('does not offer when this morning is already logged', async () => {
    const r = await rig({ at: tue('06:30'), logged: new Set(['2026-11-24']) });
    await r.advanceTo(tue('08:30'));
    expect(r.shown).toHaveLength(0);
    expect(r.store.value).toMatchObject({ lastOfferedDate: '2026-11-24' });
    await r.advanceTo(wed('08:00'));
    expect(r.shown).toHaveLength(1);
  });

  it('offers on wake when the machine slept through the time, if it is still before noon', async () => {
    const r = await rig({ at: tue('06:30') });
    r.time.suspend(tue('11:30') - tue('06:30'));
    r.feature.systemResumed();
    await r.feature.flush();
    expect(r.shown).toHaveLength(1);
  });

  it('does not offer on wake after noon; tomorrow it asks again', async () => {
    const r = await rig({ at: tue('06:30') });
    r.time.suspend(tue('12:00') - tue('06:30'));
    r.feature.systemResumed();
    await r.feature.flush();
    expect(r.shown).toHaveLength(0);
    await r.advanceTo(wed('07:59'));
    expect(r.shown).toHaveLength(0);
    await r.advanceTo(wed('08:00'));
    expect(r.shown).toHaveLength(1);
  });

  it('is offered at start-up in the morning window, not in the afternoon', async () => {
    expect((await rig({ at: tue('10:00') })).shown).toHaveLength(1);
    expect((await rig({ at: tue('13:00') })).shown).toHaveLength(0);
  });

  it('re-arms when the time setting changes, keeping one timer', async () => {
    const r = await rig({ at: tue('06:30') });
    r.feature.applySettings(withCheckin({ enabled: true, time: '09:30' }));
    expect(r.time.pendingCount()).toBe(1);
    expect(r.time.nextFireAt()).toBe(tue('09:30'));
    await r.advanceTo(tue('09:29'));
    expect(r.shown).toHaveLength(0);
    await r.advanceTo(tue('09:30'));
    expect(r.shown).toHaveLength(1);
  });

  it('switched off: no timer at all and no offer; switched on again it arms', async () => {
    const r = await rig({ at: tue('06:30'), setting: { enabled: false, time: '08:00' } });
    expect(r.time.pendingCount()).toBe(0);
    await r.advanceTo(tue('09:00'));
    expect(r.shown).toHaveLength(0);
    r.feature.applySettings(withCheckin({ enabled: true, time: '08:00' }));
    await r.feature.flush();
    expect(r.shown).toHaveLength(1);
  });

  it('sleeps at most eight hours, so a clock or zone change is noticed without polling', async () => {
    const r = await rig({ at: tue('13:00') });
    expect((r.time.nextFireAt() ?? 0) - tue('13:00')).toBe(8 * HOUR);
    const before = r.time.wakeUps;
    await r.advanceTo(wed('13:00'));
    // 21:00, 05:00 (eight-hour hops), then 08:00 (the offer); next, 16:00: three wake-ups a day.
    expect(r.time.wakeUps - before).toBe(3);
    expect(r.shown).toHaveLength(1);
  });

  it('follows a time-zone change: 08:00 is local to where the machine now is', async () => {
    const r = await rig({ at: tue('06:30') });
    r.time.setTimeZone('Europe/London'); // 05:30 there
    r.feature.systemResumed();
    expect(r.time.nextFireAt()).toBe(Date.parse('2026-11-24T08:00:00Z'));
    await r.advanceTo(Date.parse('2026-11-24T08:00:00Z') - MIN);
    expect(r.shown).toHaveLength(0);
    await r.advanceTo(Date.parse('2026-11-24T08:00:00Z'));
    expect(r.shown).toHaveLength(1);
  });

  it('remembers the dismissal of the check-up card, and resets a damaged state document', async () => {
    const r = await rig({
      at: tue('13:00'),
      store: memoryStore({ version: 1, lastOfferedDate: 'nonsense' }),
    });
    expect(r.feature.nudgeDismissedOn()).toBeNull();
    await r.feature.dismissNudge();
    expect(r.feature.nudgeDismissedOn()).toBe('2026-11-24');
    expect(r.store.value).toMatchObject({ version: 1, nudgeDismissedOn: '2026-11-24' });
  });
});

describe('planCheckin', () => {
  it('puts a check-in time that falls in the spring-forward gap just after it', () => {
    // Berlin skips 02:00-03:00 on 29 Mar 2026: 02:30 happens at 03:30 local (01:30 UTC).
    const plan = planCheckin(
      Date.parse('2026-03-29T00:30:00Z'),
      ZONE,
      { enabled: true, time: '02:30' },
      null,
    );
    expect(plan).toEqual({ today: '2026-03-29', offer: false, wakeAt: Date.parse('2026-03-29T01:30:00Z') });
  });

  it('for a check-in time from noon on, still offers it for an hour after, not later', () => {
    const setting = { enabled: true, time: '14:00' };
    expect(planCheckin(tue('14:59'), ZONE, setting, null).offer).toBe(true);
    expect(planCheckin(tue('15:00'), ZONE, setting, null).offer).toBe(false);
    expect(planCheckin(tue('14:30'), ZONE, setting, '2026-11-24').offer).toBe(false);
  });
});
