/**
 * Safety notes that are general, widely published guidance rather than the article's advice.
 * Defined once here because both the steps (as cautions) and "When to get help" show them, and
 * the two must never drift apart.
 */
import { deepFreeze } from '../freeze';
import type { SourcedText } from './types';

const STRETCHING = { general: 'stretching' } as const;
const HEAT_COLD = { general: 'heat-cold' } as const;
const BREATHING = { general: 'breathing' } as const;

const STRETCHING_SAFETY_AS_WRITTEN = [
  { text: 'Ease slowly into a mild pull. A stretch should never hurt.', source: STRETCHING },
  { text: 'Stay in each position for roughly 15 to 30 seconds.', source: STRETCHING },
  { text: 'Keep breathing at your usual pace while you hold.', source: STRETCHING },
  { text: 'Stay still in the stretch: no bouncing.', source: STRETCHING },
  {
    text: 'Stop if the pain turns sharp, or if you notice numbness or tingling.',
    source: STRETCHING,
  },
] as const satisfies readonly SourcedText[];

const HEAT_COLD_SAFETY_AS_WRITTEN = [
  { text: 'Keep a cloth or thin towel between the pack and your skin.', source: HEAT_COLD },
  { text: 'Twenty minutes is the most for one session.', source: HEAT_COLD },
  {
    text: 'Look at your skin partway through; stop if it is very red, blotchy or numb.',
    source: HEAT_COLD,
  },
  { text: 'Never fall asleep with a heating pad or an ice pack on you.', source: HEAT_COLD },
  { text: 'Skip it on numb or broken skin, or if you have poor circulation.', source: HEAT_COLD },
  { text: 'For a fresh injury that is swelling, cold is usually the first choice.', source: HEAT_COLD },
] as const satisfies readonly SourcedText[];

const BREATHING_SAFETY_AS_WRITTEN = [
  { text: 'Feeling dizzy or light-headed? Stop and go back to normal breathing.', source: BREATHING },
] as const satisfies readonly SourcedText[];

/** The lists as written, item by item: the shape every translation must match. */
export type SafetyAsWritten = {
  readonly stretching: typeof STRETCHING_SAFETY_AS_WRITTEN;
  readonly heatCold: typeof HEAT_COLD_SAFETY_AS_WRITTEN;
  readonly breathing: typeof BREATHING_SAFETY_AS_WRITTEN;
};

export const STRETCHING_SAFETY: readonly SourcedText[] = deepFreeze(STRETCHING_SAFETY_AS_WRITTEN);
export const HEAT_COLD_SAFETY: readonly SourcedText[] = deepFreeze(HEAT_COLD_SAFETY_AS_WRITTEN);
export const BREATHING_SAFETY: readonly SourcedText[] = deepFreeze(BREATHING_SAFETY_AS_WRITTEN);
