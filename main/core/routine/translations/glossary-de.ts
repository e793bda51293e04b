/** The glossary's German terms (glossary.ts says what each one is for). */
import { deepFreeze } from '../../freeze';
import type { GlossaryTerms } from './glossary';

export const DE_TERMS: GlossaryTerms = /* @__PURE__ */ deepFreeze<GlossaryTerms>({
  bodyAreas: {
    'upper-back': 'Oberer Rücken',
    neck: 'Nacken',
    shoulders: 'Schultern',
    'whole-body': 'Ganzer Körper',
  },
  heat: 'Wärme',
  cold: 'Kälte',
  scaleLow: '0 = gar keine Schmerzen',
  scaleHigh: '10 = so stark, wie es nur geht',
  seeProfessional: 'Ärztlichen Rat einholen',
  // A practice, not a person: German needs no gendered noun and the word does not inflect.
  professional: 'Arzt- oder Physiotherapiepraxis',
  whenToGetHelp: 'Wann du Hilfe brauchst',
  stretch: 'Dehnung',
  breatheIn: 'Einatmen',
  breatheOut: 'Ausatmen',
  hold: 'Halten',
});
