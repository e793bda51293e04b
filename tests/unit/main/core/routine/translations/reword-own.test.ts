import { describe, expect, it } from 'vitest';
import { OWN_EXERCISE_MESSAGES as EN } from '../../../../../../main/core/routine/own-exercise';
import { DE } from '../../../../../../main/core/routine/translations/de';
import { ES } from '../../../../../../main/core/routine/translations/es';
import { rewordOwnExerciseMessage } from '../../../../../../main/core/routine/translations/reword-own';

describe("an exercise check's refusal, worded again in the language setting", () => {
  it('finds every plain message and gives its translation', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      const english = EN[key];
      if (typeof english !== 'string') continue;
      expect(rewordOwnExerciseMessage(english, ES.ownExerciseMessages)).toBe(ES.ownExerciseMessages[key]);
      expect(rewordOwnExerciseMessage(english, DE.ownExerciseMessages)).toBe(DE.ownExerciseMessages[key]);
    }
  });

  it('keeps the value a message quotes, and the bounds of one side or both', () => {
    const to = DE.ownExerciseMessages;
    expect(rewordOwnExerciseMessage(EN.duplicateTitle('Wall "angel"'), to)).toBe(
      to.duplicateTitle('Wall "angel"'),
    );
    expect(rewordOwnExerciseMessage(EN.unknownKey('colour'), to)).toBe(to.unknownKey('colour'));
    expect(rewordOwnExerciseMessage(EN.duplicateId('my-x'), to)).toBe(to.duplicateId('my-x'));
    expect(rewordOwnExerciseMessage(EN.duration(true), to)).toBe(to.duration(true));
    expect(rewordOwnExerciseMessage(EN.duration(false), to)).toBe(to.duration(false));
    expect(to.duration(true)).not.toBe(EN.duration(true));
  });

  it('leaves English as it is, and any other message as it came', () => {
    expect(rewordOwnExerciseMessage(EN.title, EN)).toBe(EN.title);
    expect(rewordOwnExerciseMessage('Something else went wrong', ES.ownExerciseMessages)).toBe(
      'Something else went wrong',
    );
  });
});
