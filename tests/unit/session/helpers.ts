import { buildPlan } from '../../../main/core/routine/plan';
import { CATALOG } from '../../../main/core/routine/catalog';
import type {
  BreathingPatternId,
  HeatColdMode,
  PlannedStep,
  PresetId,
} from '../../../main/core/routine/types';
import type { SessionClock, SessionPlan } from '../../../renderer/lib/session';
import { presetSettings } from '../routine/plan-helpers';

export const T0 = 1_700_000_000_000;

/** A clock the test moves by hand. */
export interface FakeClock extends SessionClock {
  t: number;
  advance(ms: number): number;
}

export function fakeClock(start = T0): FakeClock {
  const clock: FakeClock = {
    t: start,
    now: () => clock.t,
    advance: (ms) => (clock.t += ms),
  };
  return clock;
}

export function presetPlan(preset: PresetId, heatCold: HeatColdMode = 'ask'): SessionPlan {
  return buildPlan(presetSettings(preset, { heatCold }), CATALOG);
}

/** A plan of catalog steps with chosen lengths, for timing tests that need odd durations. */
export function planOf(
  entries: readonly (readonly [string, number])[],
  options: { heatCold?: HeatColdMode; pattern?: BreathingPatternId } = {},
): SessionPlan {
  const pattern = CATALOG.breathingPatterns.find((p) => p.id === (options.pattern ?? 'relaxed')) ?? null;
  const steps = entries.map(([id, durationSec]): PlannedStep => {
    const step = CATALOG.steps.find((s) => s.id === id);
    if (step === undefined) throw new Error(`no step ${id}`);
    return {
      ...step,
      durationSec,
      breathing: step.kind === 'breathing' ? pattern : null,
      heatCold: step.kind === 'heat-or-cold' ? (options.heatCold ?? 'ask') : null,
    };
  });
  return { preset: 'standard', steps };
}

/** Start times of each step (ms after the session start) when nothing is paused or gated. */
export function stepStarts(plan: SessionPlan): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const step of plan.steps) {
    starts.push(at);
    at += step.durationSec * 1000;
  }
  return starts;
}
