import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PACK_BYTES,
  PACK_MESSAGES,
  exercisePackText,
  parseExercisePack,
  planImport,
} from '../../../../../main/core/routine/exercise-pack';
import {
  MAX_OWN_STEPS,
  OWN_EXERCISE_MESSAGES as M,
  type OwnExercise,
} from '../../../../../main/core/routine/own-exercise';
import { DOORWAY_LEAN, WALL_ANGEL } from './own-exercise-fixtures';

const CHIN_GLIDE: OwnExercise = { ...WALL_ANGEL, title: 'Chin glide', bodyArea: 'neck' };
const pack = (exercises: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'unknot-exercise-pack', version: 1, exercises, ...extra });
const refused = (text: string): string => {
  const result = parseExercisePack(text);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
};

describe('exercise pack files', () => {
  it('round-trips: what is exported parses back to the same exercises', () => {
    const text = exercisePackText([WALL_ANGEL, CHIN_GLIDE]);
    expect(parseExercisePack(text)).toEqual({ ok: true, value: [WALL_ANGEL, CHIN_GLIDE] });
    expect(parseExercisePack(`\uFEFF${text}`).ok).toBe(true);
    expect(text).not.toContain('"id"');
  });

  it('keeps the picture chosen for each exercise, there and back', () => {
    const text = exercisePackText([DOORWAY_LEAN, WALL_ANGEL]);
    expect(text).toContain('"poseId": "doorway-opener"');
    expect(parseExercisePack(text)).toEqual({ ok: true, value: [DOORWAY_LEAN, WALL_ANGEL] });
  });

  it('refuses a picture this version does not have, naming the exercise and the field', () => {
    expect(refused(pack([WALL_ANGEL, { ...DOORWAY_LEAN, poseId: 'handstand' }]))).toBe(
      PACK_MESSAGES.invalid(`exercise 2, poseId: ${M.poseId}`),
    );
  });

  it.each([
    ['not JSON', '{"format": "unknot-exercise-pack", ', PACK_MESSAGES.notJson],
    ['empty', '', PACK_MESSAGES.notJson],
    ['a list', '[]', PACK_MESSAGES.notPack],
    ['another file', JSON.stringify({ version: 1, schedule: {} }), PACK_MESSAGES.notPack],
    ['a newer pack', pack([WALL_ANGEL], { version: 2 }), PACK_MESSAGES.newer],
    [
      'a version as text',
      pack([WALL_ANGEL], { version: '1' }),
      PACK_MESSAGES.invalid(`the pack: ${PACK_MESSAGES.version}`),
    ],
    ['no exercises', pack([]), PACK_MESSAGES.empty],
    ['exercises not a list', pack({ 0: WALL_ANGEL }), PACK_MESSAGES.invalid(`the exercise list: ${M.list}`)],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(refused(text)).toBe(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = pack([{ ...WALL_ANGEL, title: 'x'.repeat(MAX_PACK_BYTES) }]);
    expect(refused(huge)).toBe(PACK_MESSAGES.tooLarge);
  });

  it('refuses huge text in a field, naming the exercise and the field', () => {
    expect(refused(pack([WALL_ANGEL, { ...CHIN_GLIDE, cues: ['x'.repeat(5000)] }]))).toBe(
      PACK_MESSAGES.invalid(`exercise 2, cue 1: ${M.cue}`),
    );
  });

  it('refuses unknown fields, in an exercise or the pack', () => {
    expect(refused(pack([{ ...WALL_ANGEL, source: { article: 'S2' } }]))).toBe(
      PACK_MESSAGES.invalid(`exercise 1, source: ${M.unknownKey('source')}`),
    );
    expect(refused(pack([WALL_ANGEL], { script: 'alert(1)' }))).toBe(
      PACK_MESSAGES.invalid('the pack: "script" is not part of an exercise pack'),
    );
  });

  it('refuses __proto__ anywhere and pollutes nothing', () => {
    const inExercise = pack([WALL_ANGEL]).replace('{"title"', '{"__proto__":{"polluted":1},"title"');
    expect(refused(inExercise)).toBe(
      PACK_MESSAGES.invalid(`exercise 1, __proto__: ${M.unknownKey('__proto__')}`),
    );
    const atTop = `{"__proto__":{"polluted":1},${pack([WALL_ANGEL]).slice(1)}`;
    expect(refused(atTop)).toContain('"__proto__" is not part of an exercise pack');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses wrong types, naming up to three problems', () => {
    const wrong = {
      title: 7,
      cues: 'stretch',
      twoSided: 'no',
      switchCue: null,
      bodyArea: 'neck',
      durationSec: '45',
      poseId: null,
    };
    const message = refused(pack([wrong]));
    expect(message).toBe(
      PACK_MESSAGES.invalid(
        `exercise 1, title: ${M.title}; exercise 1, cues: ${M.cues}; exercise 1, twoSided: ${M.twoSided} (and 1 more)`,
      ),
    );
  });

  it('refuses more exercises than anyone may have, and the same title twice', () => {
    const many = Array.from({ length: MAX_OWN_STEPS + 1 }, (_, i) => ({ ...WALL_ANGEL, title: `E${i}` }));
    expect(refused(pack(many))).toBe(PACK_MESSAGES.invalid(`the exercise list: ${M.tooMany}`));
    expect(refused(pack([WALL_ANGEL, { ...CHIN_GLIDE, title: 'wall ANGEL' }]))).toBe(
      PACK_MESSAGES.invalid(PACK_MESSAGES.repeatedTitle('wall ANGEL')),
    );
  });
});

describe('exercise packs, any input (property)', () => {
  it('never throws, and anything it accepts is a list of valid exercises', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((exercises) => pack([exercises])),
      fc
        .record(
          { title: fc.string(), cues: fc.array(fc.string()), durationSec: fc.integer() },
          { requiredKeys: [] },
        )
        .map((e) => pack([{ ...WALL_ANGEL, ...e }])),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseExercisePack(text);
        if (!result.ok) expect(result.error).toMatch(/Nothing was imported\.$/);
        else expect(parseExercisePack(exercisePackText(result.value))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('planning an import', () => {
  it('adds new exercises with fresh ids and skips titles already yours', () => {
    const existing = [{ id: 'my-wall-angel', exercise: WALL_ANGEL }];
    const plan = planImport(existing, [{ ...WALL_ANGEL, cues: ['Different cues.'] }, CHIN_GLIDE]);
    expect(plan).toEqual({
      ok: true,
      value: { add: [{ id: 'my-chin-glide', exercise: CHIN_GLIDE }], alreadyYours: ['Wall angel'] },
    });
  });

  it('importing the same pack twice adds nothing the second time', () => {
    const first = planImport([], [WALL_ANGEL, CHIN_GLIDE]);
    if (!first.ok) throw new Error(first.error);
    const second = planImport(first.value.add, [WALL_ANGEL, CHIN_GLIDE]);
    expect(second).toEqual({ ok: true, value: { add: [], alreadyYours: ['Wall angel', 'Chin glide'] } });
  });

  it('keeps ids unique when a new title slugs to a taken id', () => {
    const existing = [{ id: 'my-chin-glide', exercise: { ...WALL_ANGEL, title: 'Something else' } }];
    const plan = planImport(existing, [CHIN_GLIDE]);
    expect(plan.ok && plan.value.add.map((s) => s.id)).toEqual(['my-chin-glide-2']);
  });

  it('refuses an import that would pass the limit, adding nothing', () => {
    const existing = Array.from({ length: MAX_OWN_STEPS }, (_, i) => ({
      id: `my-e${i}`,
      exercise: { ...WALL_ANGEL, title: `E${i}` },
    }));
    expect(planImport(existing, [CHIN_GLIDE])).toEqual({
      ok: false,
      error: PACK_MESSAGES.tooMany(MAX_OWN_STEPS + 1),
    });
  });
});
