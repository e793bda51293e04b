import { describe, expect, it } from 'vitest';
import de from '../../../../../main/core/locale/de/settings';
import en from '../../../../../main/core/locale/en/settings';
import { messagesOf } from '../../../../../main/core/locale/messages';
import { parseExercisePack, PACK_MESSAGES } from '../../../../../main/core/routine/exercise-pack';
import { OWN_EXERCISE_MESSAGES } from '../../../../../main/core/routine/own-exercise';
import { rewordPackMessage } from '../../../../../main/core/routine/reword-pack';
import { DE } from '../../../../../main/core/routine/translations/de';
import { rewordOwnExerciseMessage } from '../../../../../main/core/routine/translations/reword-own';

const EN = messagesOf<typeof en>('en', en);
const DE_WORDS = messagesOf<typeof en>('de', de);

describe("an exercise pack's refusal, in the window's language", () => {
  it('the English catalog words each refusal exactly as main does', () => {
    for (const message of [
      PACK_MESSAGES.tooLarge,
      PACK_MESSAGES.notJson,
      PACK_MESSAGES.notPack,
      PACK_MESSAGES.newer,
      PACK_MESSAGES.empty,
      PACK_MESSAGES.nothingToExport,
      PACK_MESSAGES.nothingNew('mine.json'),
      PACK_MESSAGES.tooMany(31),
      PACK_MESSAGES.invalid('exercise 1, title: x'),
    ])
      expect(rewordPackMessage(message, EN)).toBe(message);
  });

  it('German keeps the values: the file, the count, the limit', () => {
    expect(rewordPackMessage(PACK_MESSAGES.nothingNew('mine.json'), DE_WORDS)).toBe(
      'Du hast schon jede Übung aus mine.json, also wurde nichts hinzugefügt.',
    );
    expect(rewordPackMessage(PACK_MESSAGES.tooMany(31), DE_WORDS)).toContain('31 eigene Übungen');
    expect(rewordPackMessage(PACK_MESSAGES.tooLarge, DE_WORDS)).toContain('64 KB');
  });

  it("a pack's problems are the exercise checks', worded by them", () => {
    const text = JSON.stringify({
      format: 'unknot-exercise-pack',
      version: 1,
      exercises: [
        { title: '', cues: ['x'], twoSided: false, durationSec: 30, bodyArea: 'neck', poseId: null },
      ],
    });
    const parsed = parseExercisePack(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const worded = rewordPackMessage(parsed.error, DE_WORDS, (p) =>
      rewordOwnExerciseMessage(p, DE.ownExerciseMessages),
    );
    expect(worded).toContain(DE.ownExerciseMessages.title);
    expect(worded).not.toContain(OWN_EXERCISE_MESSAGES.title);
  });
});
