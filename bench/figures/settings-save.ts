/**
 * settingsSaveP50Ms / settingsSaveP99Ms: how long "Save" takes in the settings window, i.e. the
 * real store's validate + durable write (temp file, fsync, rename) in a temp dir.
 */
import { tmpdir } from 'node:os';
import { defaultSettings } from '../../main/core/settings/defaults';
import type { Settings } from '../../main/core/settings/schema';
import { createSystemClock } from '../../main/services/runtime-ports';
import { createSettingsStore } from '../../main/services/settings-store';
import { createFakeShell } from '../../tests/support/fake-shell';
import { sharedMeasurement, type Figure, type Measured } from '../figure';
import { percentile, summarize } from '../stats';
import { withTempDir } from '../support/temp-dir';

const SAVES = 200;
/** The first writes create the file and its backup; they are setup, not the steady state. */
const WARM_UP_SAVES = 5;

/** Two valid documents that differ in several places, so every save really changes the file. */
function alternatingSettings(): [Settings, Settings] {
  const a = defaultSettings();
  const b = defaultSettings();
  b.schedule.nights.mon = { enabled: false, bedtime: '21:45' };
  b.schedule.leadMinutes = 45;
  b.reminders.snoozeMinutes = 15;
  b.routine.preset = 'full';
  b.routine.steps = [{ id: 'neck-side-bend', enabled: true, durationSec: 60 }];
  b.general.theme = 'dark';
  return [a, b];
}

async function saveLatencies(): Promise<number[]> {
  return withTempDir('settings', async (dir) => {
    const store = createSettingsStore({ dir, clock: createSystemClock(), logger: createFakeShell().logger });
    await store.load();
    const variants = alternatingSettings();
    const latencies: number[] = [];
    for (let i = 0; i < WARM_UP_SAVES + SAVES; i += 1) {
      const next = variants[i % 2];
      const began = performance.now();
      await store.save(next);
      if (i >= WARM_UP_SAVES) latencies.push(performance.now() - began);
    }
    return latencies;
  });
}

function percentileOutcome(latencies: readonly number[], p: number): Measured {
  const { min, max, runs } = summarize(latencies);
  const value = percentile(latencies, p);
  return {
    kind: 'measured',
    value,
    median: percentile(latencies, 50),
    min,
    max,
    runs,
    note:
      `p${p} of ${SAVES} saves after one load() (and ${WARM_UP_SAVES} warm-up saves), two valid ` +
      `documents alternating, in a temp dir under ${tmpdir()}; median/min/max are of the same ${SAVES} saves`,
  };
}

export function createSettingsSaveFigures(): Figure[] {
  const latencies = sharedMeasurement(saveLatencies);
  return [
    {
      key: 'settingsSaveP50Ms',
      label: 'Settings save latency, p50',
      unit: 'ms',
      measure: async () => percentileOutcome(await latencies(), 50),
    },
    {
      key: 'settingsSaveP99Ms',
      label: 'Settings save latency, p99',
      unit: 'ms',
      measure: async () => percentileOutcome(await latencies(), 99),
    },
  ];
}
