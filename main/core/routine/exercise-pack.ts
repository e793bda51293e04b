/**
 * Exercise packs: a small JSON file of someone's own exercises, to share (with a partner, or from a
 * physiotherapist). The file is untrusted: it is size-checked before parsing, validated field by
 * field with the same schema as the settings form, and refused whole with one clear message when
 * anything is wrong. Importing only adds exercises whose titles are new, so a pack imported twice
 * adds nothing the second time.
 */
import * as v from 'valibot';
import type { Result } from '../result';
import { isPlainObject } from '../settings/schema';
import { MAX_OWN_STEPS, ownStepId, titleKey, type OwnExercise, type OwnStepSetting } from './own-exercise';
import { ownExerciseListSchema } from './own-exercise-schema';

export const EXERCISE_PACK_FORMAT = 'unknot-exercise-pack';
export const EXERCISE_PACK_VERSION = 1;
/**
 * Twelve full exercises take under 8 KB; anything near this is not a pack. The file is not read
 * past it, and the parser checks text length against it too (a character is at least one byte).
 */
export const MAX_PACK_BYTES = 64 * 1024;
/** How many problems a refusal names; the rest are counted. */
const NAMED_PROBLEMS = 3;

export const PACK_MESSAGES = {
  tooLarge: `This file is too large to be an exercise pack (the limit is ${MAX_PACK_BYTES / 1024} KB). Nothing was imported.`,
  notJson: 'This file is not an exercise pack: it is not readable JSON. Nothing was imported.',
  notPack: 'This file is not an Unknot exercise pack. Nothing was imported.',
  newer: 'This exercise pack was made by a newer version of Unknot. Nothing was imported.',
  empty: 'This exercise pack has no exercises. Nothing was imported.',
  invalid: (problems: string): string =>
    `This exercise pack cannot be imported: ${problems}. Nothing was imported.`,
  repeatedTitle: (title: string): string => `the pack lists "${title}" twice`,
  tooMany: (count: number): string =>
    `Importing would give you ${count} exercises of your own; the limit is ${MAX_OWN_STEPS}. Nothing was imported.`,
  version: `Expected pack format version ${EXERCISE_PACK_VERSION}`,
  nothingToExport: 'You have no exercises of your own to export yet.',
  nothingNew: (fileName: string): string =>
    `You already have every exercise in ${fileName}, so nothing was added.`,
} as const;

/** The exercises, or the one message saying why nothing can be taken from the file. */
export type PackResult = Result<OwnExercise[], string>;

const packSchema = v.strictObject(
  {
    format: v.literal(EXERCISE_PACK_FORMAT),
    version: v.literal(EXERCISE_PACK_VERSION, PACK_MESSAGES.version),
    exercises: ownExerciseListSchema,
  },
  (issue) => {
    const key = issue.path?.[0]?.key;
    return issue.expected === 'never' && typeof key === 'string'
      ? `"${key}" is not part of an exercise pack`
      : 'Expected a pack';
  },
);

/** ["exercises", 1, "cues", 0] -> "exercise 2, cue 1": the words the person sees. */
function describePath(issue: v.BaseIssue<unknown>): string {
  const [top, index, field, inner] = (issue.path ?? []).map((item) => item.key);
  if (top !== 'exercises') return 'the pack';
  if (typeof index !== 'number') return 'the exercise list';
  if (typeof field !== 'string') return `exercise ${index + 1}`;
  const part = field === 'cues' && typeof inner === 'number' ? `cue ${inner + 1}` : field;
  return `exercise ${index + 1}, ${part}`;
}

function refusal(issues: ReadonlyArray<v.BaseIssue<unknown>>): string {
  const named = issues.slice(0, NAMED_PROBLEMS).map((issue) => `${describePath(issue)}: ${issue.message}`);
  const more = issues.length > NAMED_PROBLEMS ? ` (and ${issues.length - NAMED_PROBLEMS} more)` : '';
  return PACK_MESSAGES.invalid(`${named.join('; ')}${more}`);
}

/** Reads a pack's text. Never throws: anything unusable is one message, and nothing is taken from it. */
export function parseExercisePack(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) return { ok: false, error: PACK_MESSAGES.tooLarge };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, error: PACK_MESSAGES.notJson };
  }
  if (!isPlainObject(raw) || !Object.hasOwn(raw, 'format') || raw['format'] !== EXERCISE_PACK_FORMAT) {
    return { ok: false, error: PACK_MESSAGES.notPack };
  }
  const version = Object.hasOwn(raw, 'version') ? raw['version'] : undefined;
  if (typeof version === 'number' && version > EXERCISE_PACK_VERSION)
    return { ok: false, error: PACK_MESSAGES.newer };
  const exercises = Object.hasOwn(raw, 'exercises') ? raw['exercises'] : undefined;
  if (Array.isArray(exercises) && exercises.length === 0) return { ok: false, error: PACK_MESSAGES.empty };
  const parsed = v.safeParse(packSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, error: refusal(parsed.issues) };
  const seen = new Set<string>();
  for (const exercise of parsed.output.exercises) {
    if (seen.has(titleKey(exercise.title))) {
      return { ok: false, error: PACK_MESSAGES.invalid(PACK_MESSAGES.repeatedTitle(exercise.title)) };
    }
    seen.add(titleKey(exercise.title));
  }
  return { ok: true, value: parsed.output.exercises };
}

/** The text of a pack file holding these exercises (ids stay behind: they are this person's). */
export function exercisePackText(exercises: readonly OwnExercise[]): string {
  const pack = { format: EXERCISE_PACK_FORMAT, version: EXERCISE_PACK_VERSION, exercises };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export interface ImportChange {
  /** New exercises, with the ids they will have. */
  readonly add: readonly OwnStepSetting[];
  /** Titles already among the person's own exercises: theirs are kept as they are. */
  readonly alreadyYours: readonly string[];
}

export type ImportPlan = Result<ImportChange, string>;

/**
 * What importing `incoming` would change: exercises with a title the person already has are
 * skipped (so the same pack twice adds nothing), the rest get fresh ids. Refused whole when the
 * result would exceed the limit.
 */
export function planImport(
  existing: readonly OwnStepSetting[],
  incoming: readonly OwnExercise[],
): ImportPlan {
  const titles = new Set(existing.map((s) => titleKey(s.exercise.title)));
  const ids = existing.map((s) => s.id);
  const add: OwnStepSetting[] = [];
  const alreadyYours: string[] = [];
  for (const exercise of incoming) {
    if (titles.has(titleKey(exercise.title))) {
      alreadyYours.push(exercise.title);
      continue;
    }
    const id = ownStepId(exercise.title, ids);
    ids.push(id);
    titles.add(titleKey(exercise.title));
    add.push({ id, exercise });
  }
  const total = existing.length + add.length;
  if (total > MAX_OWN_STEPS) return { ok: false, error: PACK_MESSAGES.tooMany(total) };
  return { ok: true, value: { add, alreadyYours } };
}
