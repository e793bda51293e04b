/**
 * The few words of the player that differ between a bedtime routine and the morning loosen-up,
 * so the same player says "Good morning" after the Morning preset instead of "Good night".
 */
import { MORNING_PRESET_ID, type PresetId } from './types';

export interface MomentWords {
  readonly kicker: string;
  readonly farewell: string;
  readonly finished: string;
  readonly endedEarly: string;
  readonly endTitle: string;
}

const BEDTIME: MomentWords = {
  kicker: "Tonight's routine",
  farewell: 'Good night',
  finished: 'You finished tonight’s routine. Let your body grow heavy and rest.',
  endedEarly: 'You ended the routine early. What you did still counts. Rest well.',
  endTitle: "End tonight's routine?",
};

const MORNING: MomentWords = {
  kicker: "This morning's loosen-up",
  farewell: 'Good morning',
  finished: 'You finished the morning loosen-up. Go gently into the day.',
  endedEarly: 'You ended the loosen-up early. What you did still counts.',
  endTitle: "End this morning's loosen-up?",
};

/** Before a plan is loaded, the view knows only which of the two it is. */
export const MOMENT_WORDS = { bedtime: BEDTIME, morning: MORNING } as const;

/** The same two moments in any language. */
export type MomentWordsByMoment = Readonly<Record<keyof typeof MOMENT_WORDS, MomentWords>>;

export function momentWords(preset: PresetId, words: MomentWordsByMoment = MOMENT_WORDS): MomentWords {
  return preset === MORNING_PRESET_ID ? words.morning : words.bedtime;
}
