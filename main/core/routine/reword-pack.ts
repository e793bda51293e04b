/**
 * Reading an exercise pack speaks English (exercise-pack.ts owns those messages, the same for every
 * check). Before a refusal reaches the Settings window it is worded again in the window's language:
 * each message is recognised among the English ones (those quoting a value are matched around it)
 * and the catalog's message of the same name takes its place, with the same value. Inside "cannot
 * be imported: …" the problems themselves are the exercise checks' (reword-own.ts words them).
 */
import { quotedValue } from '../quoted-value';
import { MAX_OWN_STEPS } from './own-exercise';
import { MAX_PACK_BYTES, PACK_MESSAGES as EN } from './exercise-pack';

/** The catalog's words for them (the settings namespace's pack* messages). */
export interface PackWords {
  packTooLarge(values: { kb: number }): string;
  packNotJson(): string;
  packNotPack(): string;
  packNewer(): string;
  packEmpty(): string;
  packInvalid(values: { problems: string }): string;
  packTooMany(values: { count: number; max: number }): string;
  packNothingToExport(): string;
  packNothingNew(values: { file: string }): string;
}

export function rewordPackMessage(
  message: string,
  words: PackWords,
  rewordProblem: (problem: string) => string = (problem) => problem,
): string {
  if (message === EN.tooLarge) return words.packTooLarge({ kb: MAX_PACK_BYTES / 1024 });
  if (message === EN.notJson) return words.packNotJson();
  if (message === EN.notPack) return words.packNotPack();
  if (message === EN.newer) return words.packNewer();
  if (message === EN.empty) return words.packEmpty();
  if (message === EN.nothingToExport) return words.packNothingToExport();
  const file = quotedValue(message, EN.nothingNew);
  if (file !== null) return words.packNothingNew({ file });
  const count = quotedValue(message, (value) => EN.tooMany(Number.NaN).replace('NaN', value));
  if (count !== null && /^\d+$/.test(count))
    return words.packTooMany({ count: Number(count), max: MAX_OWN_STEPS });
  const problems = quotedValue(message, EN.invalid);
  if (problems !== null) {
    const worded = problems
      .split('; ')
      .map((problem) => {
        const colon = problem.indexOf(': ');
        return colon < 0
          ? problem
          : `${problem.slice(0, colon + 2)}${rewordProblem(problem.slice(colon + 2))}`;
      })
      .join('; ');
    return words.packInvalid({ problems: worded });
  }
  return message;
}
