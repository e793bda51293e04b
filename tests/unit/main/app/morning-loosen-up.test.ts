/**
 * The morning loosen-up: the Morning preset (neck and shoulder steps, exactly 3 minutes), offered
 * after a check-in of RULES.soreAt or more, played and recorded like any routine, and never
 * counted as a routine night or accepted as the bedtime preset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnknotApp } from '../../../../main/app';
import { RULES, routineNights } from '../../../../main/core/history/stats';
import { loosenUpOffer } from '../../../../main/core/history/view-model';
import { CATALOG } from '../../../../main/core/routine/catalog';
import { MOMENT_WORDS, momentWords } from '../../../../main/core/routine/moments';
import { BEDTIME_PRESETS, PRESETS } from '../../../../main/core/routine/presets';
import { MORNING_PRESET_ID } from '../../../../main/core/routine/types';
import { presetIdSchema } from '../../../../main/core/settings/schema';
import { createFakeShell } from '../../../support/fake-shell';
import { createFakeTime } from '../../../support/fake-time';
import { invoke } from '../../../support/invoke';
import { seedSettings } from '../../../support/seed-settings';
import { createTestApp } from '../../../support/test-app';
import { EN_INSIGHTS } from '../../../support/messages';

const morning = PRESETS.find((p) => p.id === MORNING_PRESET_ID);

describe('the Morning preset', () => {
  it('is 3 minutes of the catalog’s neck and shoulder steps, adding up exactly', () => {
    expect(morning?.statedSec).toBe(180);
    expect(morning?.steps.reduce((sum, s) => sum + s.durationSec, 0)).toBe(180);
    for (const { stepId, durationSec } of morning?.steps ?? []) {
      const step = CATALOG.steps.find((s) => s.id === stepId);
      expect(['neck', 'shoulders']).toContain(step?.bodyArea);
      expect(durationSec).toBeGreaterThanOrEqual(step?.boundsSec.min ?? Infinity);
      expect(durationSec).toBeLessThanOrEqual(step?.boundsSec.max ?? -Infinity);
    }
  });

  it('is not a bedtime choice: Settings refuse it and do not list it', () => {
    expect(v.safeParse(presetIdSchema, MORNING_PRESET_ID).success).toBe(false);
    expect(BEDTIME_PRESETS.map((p) => p.id)).toEqual(['quick', 'standard', 'full']);
  });

  it('says good morning, not good night', () => {
    expect(momentWords(MORNING_PRESET_ID).farewell).toBe('Good morning');
    expect(momentWords('standard').farewell).toBe('Good night');
    expect(MOMENT_WORDS.morning.endTitle).toBe("End this morning's loosen-up?");
    expect(MOMENT_WORDS.bedtime).toBe(momentWords('full'));
  });
});

describe('the offer', () => {
  it(`appears at ${RULES.soreAt}/10 and above, not below, nor before a check-in`, () => {
    expect(RULES.soreAt).toBe(4);
    expect(loosenUpOffer(4, EN_INSIGHTS)?.button).toBe('Start the 3-minute morning loosen-up');
    expect(loosenUpOffer(10, EN_INSIGHTS)).not.toBeNull();
    expect(loosenUpOffer(3, EN_INSIGHTS)).toBeNull();
    expect(loosenUpOffer(null, EN_INSIGHTS)).toBeNull();
  });
});

describe('the morning loosen-up through the composed app', () => {
  let dir: string;
  let app: UnknotApp;
  // Tuesday 24 Nov 2026, 08:30 in Berlin.
  const NOW = Date.parse('2026-11-24T08:30:00+01:00');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-morning-'));
    await seedSettings(dir);
    const time = createFakeTime(NOW, 'Europe/Berlin');
    app = createTestApp({
      userDataDir: dir,
      clock: time.clock,
      timers: time.timers,
      shell: createFakeShell(),
    });
    await app.start();
  });
  afterEach(async () => {
    // Background saves (reminder state, settings) must land before the folder goes.
    await app.flush();
    app.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('plans the Morning preset as it comes, whatever the bedtime settings', async () => {
    await invoke(app, 'saveSettings', { routine: { preset: 'full', heatCold: 'heat' } });
    const result = await invoke(app, 'getMorningPlan');
    expect(result.ok && result.value.plan.preset).toBe(MORNING_PRESET_ID);
    expect(result.ok && result.value.plan.totalSec).toBe(180);
    expect(result.ok && result.value.plan.steps.map((s) => s.id)).toEqual(
      morning?.steps.map((s) => s.stepId),
    );
    const bedtime = await invoke(app, 'getRoutinePlan');
    expect(bedtime.ok && bedtime.value.plan.preset).toBe('full');
  });

  it('the offer follows the check-in; the session is recorded but is not a routine night', async () => {
    const three = await invoke(app, 'logCheckin', { soreness: 3 });
    expect(three.ok && three.value.loosenUp).toBeNull();
    const four = await invoke(app, 'logCheckin', { soreness: 4 });
    expect(four.ok && four.value.loosenUp).not.toBeNull();

    const saved = await invoke(app, 'recordSession', {
      startedAt: NOW,
      endedAt: NOW + 180_000,
      preset: MORNING_PRESET_ID,
      stepsDone: morning?.steps.map((s) => s.stepId) ?? [],
      stepsSkipped: [],
      completed: true,
    });
    expect(saved.ok).toBe(true);
    const view = await invoke(app, 'getHistory');
    expect(view.ok && view.value.streak).toBe(0);
    expect(view.ok && view.value.days.at(-1)?.routine).toBe(false);
    expect(
      routineNights([
        {
          v: 2,
          type: 'session',
          startedAt: new Date(NOW).toISOString(),
          endedAt: new Date(NOW).toISOString(),
          night: '2026-11-24',
          preset: MORNING_PRESET_ID,
          stepsDone: ['chin-tuck'],
          stepsSkipped: [],
          completed: true,
        },
      ]).size,
    ).toBe(0);
  });
});
