import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../../main/core/routine/catalog';
import { buildPlan } from '../../../../../main/core/routine/plan';
import { OWN_EXERCISE_MESSAGES as M, toOwnStep } from '../../../../../main/core/routine/own-exercise';
import { OWN_STEP_LABEL, isOwnStep } from '../../../../../main/core/routine/own-step';
import {
  addOwnSteps,
  deleteOwnStep,
  exercisesToShare,
  saveOwnStep,
  type ListedStep,
  type OwnEdit,
  type OwnRoutine,
} from '../../../../../main/core/routine/own-steps-edit';
import { DOORWAY_LEAN, WALL_ANGEL } from './own-exercise-fixtures';
import { expectValidPlan, presetSettings } from './plan-helpers';

/** The standard preset as the settings window lists it, untouched. */
const LISTED: ListedStep[] = [
  { id: 'settle-in', kind: 'settle', enabled: true, durationSec: 60 },
  { id: 'chin-tuck', kind: 'stretch', enabled: true, durationSec: 45 },
  { id: 'childs-pose', kind: 'stretch', enabled: true, durationSec: 60 },
  { id: 'paced-breathing', kind: 'breathing', enabled: true, durationSec: 180 },
  { id: 'sleep-posture', kind: 'posture', enabled: true, durationSec: 120 },
  { id: 'cat-cow', kind: 'stretch', enabled: false, durationSec: 60 },
];
const EMPTY: OwnRoutine = { steps: [], ownSteps: [] };

/** The change an edit makes; fails the test when the edit is refused. */
function changed(edit: OwnEdit): { routine: OwnRoutine; id: string } {
  if (!edit.ok) throw new Error(edit.error.map((issue) => issue.message).join('; '));
  return edit.value;
}
const added = (routine: OwnRoutine = EMPTY) => changed(saveOwnStep(routine, LISTED, null, WALL_ANGEL));

describe('editing own steps', () => {
  it('a new exercise gets an id, is switched on, and plays after the last stretch that is on', () => {
    const { id, routine } = added();
    expect(id).toBe('my-wall-angel');
    expect(routine.ownSteps).toEqual([{ id, exercise: WALL_ANGEL }]);
    // Not after the switched-off cat-cow at the end: that would put it after breathing.
    expect(routine.steps.map((s) => s.id)).toEqual([
      'settle-in',
      'chin-tuck',
      'childs-pose',
      id,
      'paced-breathing',
      'sleep-posture',
      'cat-cow',
    ]);
    expect(routine.steps[3]).toEqual({ id, enabled: true, durationSec: 45 });
  });

  it('with no stretch switched on, it goes after settling in, else first', () => {
    const noStretch = LISTED.map((s) => (s.kind === 'stretch' ? { ...s, enabled: false } : s));
    const edit = changed(saveOwnStep(EMPTY, noStretch, null, WALL_ANGEL));
    expect(edit.routine.steps.map((s) => s.id).indexOf('my-wall-angel')).toBe(1);
    const nothing = LISTED.map((s) => ({ ...s, enabled: false }));
    const first = changed(saveOwnStep(EMPTY, nothing, null, WALL_ANGEL));
    expect(first.routine.steps[0]?.id).toBe('my-wall-angel');
  });

  it('a second exercise with the same title (any case) is refused on the title', () => {
    const { routine } = added();
    expect(saveOwnStep(routine, LISTED, null, { ...DOORWAY_LEAN, title: 'WALL angel' })).toEqual({
      ok: false,
      error: [{ path: 'title', message: M.duplicateTitle('Wall angel') }],
    });
  });

  it('changing an exercise keeps its id, place and on/off, and its length follows the form', () => {
    const first = added();
    const off = {
      ...first.routine,
      steps: first.routine.steps.map((s) => (s.id === first.id ? { ...s, enabled: false } : s)),
    };
    const edit = changed(
      saveOwnStep(off, LISTED, first.id, { ...WALL_ANGEL, title: 'Wall angels', durationSec: 60 }),
    );
    expect(edit.id).toBe('my-wall-angel');
    expect(edit.routine.ownSteps[0]?.exercise.title).toBe('Wall angels');
    expect(edit.routine.steps.find((s) => s.id === first.id)).toEqual({
      id: first.id,
      enabled: false,
      durationSec: 60,
    });
    expect(edit.routine.steps.map((s) => s.id)).toEqual(first.routine.steps.map((s) => s.id));
  });

  it('deleting removes the exercise and its place; an unknown id is refused', () => {
    const { id, routine } = added();
    expect(changed(deleteOwnStep(routine, id)).routine).toEqual({
      ownSteps: [],
      steps: routine.steps.filter((s) => s.id !== id),
    });
    const notFound = { ok: false, error: [{ path: '', message: M.notFound }] };
    expect(deleteOwnStep(routine, 'my-nothing')).toEqual(notFound);
    expect(saveOwnStep(routine, LISTED, 'my-nothing', DOORWAY_LEAN)).toEqual(notFound);
  });

  it('imported exercises are added together, after the stretches', () => {
    const routine = addOwnSteps(EMPTY, LISTED, [
      { id: 'my-a', exercise: WALL_ANGEL },
      { id: 'my-b', exercise: DOORWAY_LEAN },
    ]);
    expect(routine.steps.slice(2, 6).map((s) => s.id)).toEqual([
      'childs-pose',
      'my-a',
      'my-b',
      'paced-breathing',
    ]);
    expect(routine.ownSteps.map((s) => s.id)).toEqual(['my-a', 'my-b']);
  });

  it('shares each exercise with the length it is played for', () => {
    const { id, routine } = added();
    const longer = {
      ...routine,
      steps: routine.steps.map((s) => (s.id === id ? { ...s, durationSec: 80 } : s)),
    };
    expect(exercisesToShare(longer)).toEqual([{ ...WALL_ANGEL, durationSec: 80 }]);
    expect(exercisesToShare({ ...routine, steps: [] })).toEqual([WALL_ANGEL]);
  });
});

describe('the plan with own steps', () => {
  const doorway = { id: 'my-doorway-lean', exercise: DOORWAY_LEAN };
  const ownSteps = [{ id: 'my-wall-angel', exercise: WALL_ANGEL }, doorway];

  it('plays an own step where the list puts it, with its length, labelled as yours', () => {
    const plan = buildPlan(
      presetSettings('quick', {
        breathingSec: 90,
        ownSteps,
        steps: [
          { id: 'chin-tuck', enabled: true, durationSec: 30 },
          { id: 'my-doorway-lean', enabled: true, durationSec: 90 },
          { id: 'paced-breathing', enabled: true, durationSec: 90 },
          { id: 'my-wall-angel', enabled: false, durationSec: 45 },
        ],
      }),
      CATALOG,
    );
    expect(plan.warnings).toEqual([]);
    expect(plan.steps.slice(0, 3).map((s) => `${s.id}:${s.durationSec}`)).toEqual([
      'chin-tuck:30',
      'my-doorway-lean:90',
      'paced-breathing:90',
    ]);
    expect(plan.steps.map((s) => s.id)).not.toContain('my-wall-angel');
    const mine = plan.steps[1];
    expect(mine && isOwnStep(mine)).toBe(true);
    expect(mine?.halfTimeCue).toBe(DOORWAY_LEAN.switchCue);
    expect(mine).toEqual({ ...toOwnStep(doorway), durationSec: 90, breathing: null, heatCold: null });
    expect(OWN_STEP_LABEL).toBe('Your exercise');
  });

  it('an own step outside its bounds keeps its own length, with a warning', () => {
    const plan = buildPlan(
      presetSettings('quick', {
        ownSteps,
        steps: [{ id: 'my-wall-angel', enabled: true, durationSec: 600 }],
      }),
      CATALOG,
    );
    expect(plan.steps.find((s) => s.id === 'my-wall-angel')?.durationSec).toBe(45);
    expect(plan.warnings).toEqual([expect.stringContaining('Wall angel can last from 20 s to 1 min 30 s')]);
  });

  it('a list naming an own step that no longer exists warns, and the catalog plan is valid', () => {
    const plan = buildPlan(
      presetSettings('quick', { steps: [{ id: 'my-wall-angel', enabled: true, durationSec: 45 }] }),
      CATALOG,
    );
    expect(plan.warnings).toEqual([expect.stringContaining('"my-wall-angel"')]);
    expectValidPlan(plan);
  });
});
