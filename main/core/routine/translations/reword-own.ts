/**
 * Checking an exercise of one's own speaks English (own-exercise.ts owns those messages, the same for
 * the schema and the editor). Before a refusal reaches the form it is worded again in the language
 * setting: the message is recognised among the English ones (the few that quote a value are matched
 * around it) and the translation of the same message takes its place.
 */
import { quotedValue } from '../../quoted-value';
import { OWN_EXERCISE_MESSAGES as EN } from '../own-exercise';
import type { OwnExerciseMessages } from './routine-texts';

export function rewordOwnExerciseMessage(message: string, to: OwnExerciseMessages): string {
  if (to === EN) return message;
  for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
    const english = EN[key];
    if (typeof english === 'string' && english === message) return to[key] as string;
  }
  for (const twoSided of [true, false]) if (message === EN.duration(twoSided)) return to.duration(twoSided);
  const title = quotedValue(message, EN.duplicateTitle);
  if (title !== null) return to.duplicateTitle(title);
  const id = quotedValue(message, EN.duplicateId);
  if (id !== null) return to.duplicateId(id);
  const key = quotedValue(message, EN.unknownKey);
  if (key !== null) return to.unknownKey(key);
  return message;
}
