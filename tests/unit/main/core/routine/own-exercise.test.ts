import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_ROUTINE_STEPS } from '../../../../../main/core/settings/vocabulary';
import { CATALOG } from '../../../../../main/core/routine/catalog';
import {
  MAX_OWN_STEPS,
  OWN_EXERCISE_MESSAGES as M,
  OWN_STEP_ID_PREFIX,
  ownBounds,
  ownStepId,
  toOwnStep,
  type OwnExercise,
} from '../../../../../main/core/routine/own-exercise';
import { illustrationIdOf, isOwnStep } from '../../../../../main/core/routine/own-step';
import { DOORWAY_LEAN, WALL_ANGEL } from './own-exercise-fixtures';
import {
  OWN_EXERCISE_PARSE_CONFIG,
  ownExerciseSchema,
  ownStepsSchema,
} from '../../../../../main/core/routine/own-exercise-schema';
import { ONE_SIDED_BOUNDS, TWO_SIDED_BOUNDS } from '../../../../../main/core/routine/steps/shared';
import { POSE_CHOICES } from '../../../../../main/core/routine/pose-choices';
import { ILLUSTRATIONS } from '../../../../../main/core/routine/poses';

/** The first message for each field path, as the settings form shows them. */
function problems(input: unknown): Record<string, string> {
  const result = v.safeParse(ownExerciseSchema, input, OWN_EXERCISE_PARSE_CONFIG);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.issues) out[v.getDotPath(issue) ?? ''] ??= issue.message;
  return out;
}

describe('own exercise schema', () => {
  it('accepts a one-sided and a two-sided exercise, 1 to 4 cues', () => {
    expect(problems(WALL_ANGEL)).toEqual({});
    expect(problems(DOORWAY_LEAN)).toEqual({});
    expect(problems({ ...WALL_ANGEL, cues: ['a', 'b', 'c', 'd'] })).toEqual({});
  });

  it('trims surrounding spaces rather than refusing them', () => {
    const parsed = v.parse(ownExerciseSchema, { ...WALL_ANGEL, title: '  Wall angel ' });
    expect(parsed.title).toBe('Wall angel');
  });

  it('uses the catalog bounds for one- and two-sided steps, and says which applies', () => {
    expect(ownBounds(false)).toBe(ONE_SIDED_BOUNDS);
    expect(ownBounds(true)).toBe(TWO_SIDED_BOUNDS);
    expect(problems({ ...WALL_ANGEL, durationSec: ONE_SIDED_BOUNDS.max + 1 })).toEqual({
      durationSec: `Use a whole number of seconds from ${ONE_SIDED_BOUNDS.min} to ${ONE_SIDED_BOUNDS.max} for a one-sided exercise`,
    });
    expect(problems({ ...DOORWAY_LEAN, durationSec: TWO_SIDED_BOUNDS.min - 1 })).toEqual({
      durationSec: M.duration(true),
    });
    expect(problems({ ...DOORWAY_LEAN, durationSec: TWO_SIDED_BOUNDS.max })).toEqual({});
    expect(problems({ ...WALL_ANGEL, durationSec: 30.5 })).toEqual({ durationSec: M.wholeSeconds });
    expect(problems({ ...WALL_ANGEL, durationSec: 500 })).toEqual({ durationSec: M.duration(false) });
    expect(problems({ ...DOORWAY_LEAN, durationSec: Number.NaN })).toEqual({ durationSec: M.wholeSeconds });
  });

  it('needs a switch cue exactly when two-sided', () => {
    expect(problems({ ...DOORWAY_LEAN, switchCue: null })).toEqual({ switchCue: M.switchCue });
    expect(problems({ ...WALL_ANGEL, switchCue: 'Switch' })).toEqual({ switchCue: M.noSwitchCue });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'title', M.title],
    ['a title too long', { title: 'x'.repeat(41) }, 'title', M.title],
    ['no cues', { cues: [] }, 'cues', M.cues],
    ['five cues', { cues: ['a', 'b', 'c', 'd', 'e'] }, 'cues', M.cues],
    ['a cue too long', { cues: ['x'.repeat(91)] }, 'cues.0', M.cue],
    ['a line break in a cue', { cues: ['one\ntwo'] }, 'cues.0', M.plainText],
    ['a bidi override in the title', { title: 'abc\u202Edef' }, 'title', M.plainText],
    ['an unknown body area', { bodyArea: 'knees' }, 'bodyArea', M.bodyArea],
    ['a pose id with spaces', { poseId: 'Chin Tuck' }, 'poseId', M.poseId],
    ['a pose id too long', { poseId: 'a'.repeat(41) }, 'poseId', M.poseId],
    ['a pose the library does not have', { poseId: 'wall-stretch' }, 'poseId', M.poseId],
    ['a pose id that is a number', { poseId: 3 }, 'poseId', M.poseId],
    ['a number as a title', { title: 42 }, 'title', M.title],
    ['a string as twoSided', { twoSided: 'yes' }, 'twoSided', M.twoSided],
  ])('refuses %s with its field message', (_name, change, path, message) => {
    expect(problems({ ...WALL_ANGEL, ...change })[path]).toBe(message);
  });

  it('offers every pose of the rig, labelled with its text alternative, and accepts each or none', () => {
    expect(POSE_CHOICES.map((p) => p.id)).toEqual(Object.keys(ILLUSTRATIONS));
    expect(POSE_CHOICES.length).toBeGreaterThan(0);
    for (const choice of POSE_CHOICES) {
      expect(choice.label).toBe(ILLUSTRATIONS[choice.id]?.alt);
      expect(problems({ ...WALL_ANGEL, poseId: choice.id })).toEqual({});
    }
    expect(problems({ ...WALL_ANGEL, poseId: null })).toEqual({});
    expect(problems({ ...WALL_ANGEL, poseId: '' })).toEqual({ poseId: M.poseId });
  });

  it('refuses unknown keys, __proto__ included, and missing ones', () => {
    expect(problems({ ...WALL_ANGEL, source: 'article' })).toEqual({ source: M.unknownKey('source') });
    const hostile: unknown = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(WALL_ANGEL).slice(1)}`,
    );
    expect(problems(hostile)).toEqual({ __proto__: M.unknownKey('__proto__') });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const { cues: _cues, ...noCues } = WALL_ANGEL;
    expect(problems(noCues)).toEqual({ cues: M.cues });
    expect(problems([WALL_ANGEL])).toEqual({ '': M.exercise });
  });
});

describe('the settings list of own steps', () => {
  const setting = (id: string, exercise: OwnExercise = WALL_ANGEL) => ({ id, exercise });

  it('holds ids with the my- prefix, unique, with unique titles', () => {
    expect(v.is(ownStepsSchema, [setting('my-wall-angel'), setting('my-doorway', DOORWAY_LEAN)])).toBe(true);
    expect(v.is(ownStepsSchema, [setting('wall-angel')])).toBe(false);
    const twice = v.safeParse(ownStepsSchema, [setting('my-a'), setting('my-a', DOORWAY_LEAN)]);
    expect(twice.issues?.[0]?.message).toBe(M.duplicateId('my-a'));
    const sameTitle = v.safeParse(ownStepsSchema, [
      setting('my-a'),
      setting('my-b', { ...WALL_ANGEL, title: 'WALL ANGEL' }),
    ]);
    expect(sameTitle.issues?.[0]?.message).toBe(M.duplicateTitle('WALL ANGEL'));
  });

  it(`holds at most ${MAX_OWN_STEPS}, which fits beside the catalog in the step list`, () => {
    const many = Array.from({ length: MAX_OWN_STEPS + 1 }, (_, i) =>
      setting(`my-e${i}`, { ...WALL_ANGEL, title: `Exercise ${i}` }),
    );
    expect(v.safeParse(ownStepsSchema, many).issues?.[0]?.message).toBe(M.tooMany);
    expect(v.is(ownStepsSchema, many.slice(1))).toBe(true);
    expect(CATALOG.steps.length + MAX_OWN_STEPS).toBeLessThanOrEqual(MAX_ROUTINE_STEPS);
  });
});

describe('own step ids and playing', () => {
  it('no catalog step id can be mistaken for an own one', () => {
    expect(CATALOG.steps.filter((s) => s.id.startsWith(OWN_STEP_ID_PREFIX))).toEqual([]);
  });

  it('makes readable ids, unique against those taken', () => {
    expect(ownStepId('Wall angel', [])).toBe('my-wall-angel');
    expect(ownStepId('Wall angel', ['my-wall-angel', 'my-wall-angel-2'])).toBe('my-wall-angel-3');
    expect(ownStepId('Étirement du cou', [])).toBe('my-etirement-du-cou');
    expect(ownStepId('ストレッチ', [])).toBe('my-exercise');
    const long = ownStepId('A very long title with many words in it ok', []);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^my-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('plays as a stretch labelled as yours, within the catalog bounds, never from the article', () => {
    const step = toOwnStep({ id: 'my-doorway-lean', exercise: DOORWAY_LEAN });
    expect(step).toMatchObject({
      id: 'my-doorway-lean',
      kind: 'stretch',
      title: 'Doorway lean',
      twoSided: true,
      halfTimeCue: DOORWAY_LEAN.switchCue,
      boundsSec: { min: TWO_SIDED_BOUNDS.min, max: TWO_SIDED_BOUNDS.max, default: 60 },
      source: { yours: true },
      poseId: 'doorway-opener',
    });
    expect(step.source).not.toHaveProperty('article');
    expect(isOwnStep(step)).toBe(true);
    expect(CATALOG.steps.some(isOwnStep)).toBe(false);
  });

  it('shows the picture chosen for it, or none; a catalog step shows its own', () => {
    expect(illustrationIdOf(toOwnStep({ id: 'my-doorway-lean', exercise: DOORWAY_LEAN }))).toBe(
      'doorway-opener',
    );
    expect(illustrationIdOf(toOwnStep({ id: 'my-wall-angel', exercise: WALL_ANGEL }))).toBeNull();
    for (const step of CATALOG.steps) expect(illustrationIdOf(step)).toBe(step.id);
  });
});
