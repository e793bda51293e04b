/**
 * Checking an exercise of one's own speaks English (own-exercise.ts owns those messages, the same for
 * the schema and the editor). Before a refusal reaches the form it is worded again in the language
 * setting: the message is recognised among the English ones (the few that quote a value are matched
 * around it) and the translation of the same message takes its place.
 */
import { OWN_EXERCISE_MESSAGES as EN } from '../own-exercise';
import type { OwnExerciseMessages } from './routine-texts';

/** The text around a quoted value: the English message built with a marker where the value goes. */
function around(build: (value: string) => string): readonly [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = build(marker).split(marker);
  return [before, after];
}

function quoted(message: string, build: (value: string) => string): string | null {
  const [before, after] = around(build);
  if (!message.startsWith(before) || !message.endsWith(after)) return null;
  if (message.length < before.length + after.length) return null;
  return message.slice(before.length, message.length - after.length);
}

export function rewordOwnExerciseMessage(message: string, to: OwnExerciseMessages): string {
  if (to === EN) return message;
  for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
    const english = EN[key];
    if (typeof english === 'string' && english === message) return to[key] as string;
  }
  for (const twoSided of [true, false]) if (message === EN.duration(twoSided)) return to.duration(twoSided);
  const title = quoted(message, EN.duplicateTitle);
  if (title !== null) return to.duplicateTitle(title);
  const id = quoted(message, EN.duplicateId);
  if (id !== null) return to.duplicateId(id);
  const key = quoted(message, EN.unknownKey);
  if (key !== null) return to.unknownKey(key);
  return message;
}
