/**
 * The fixed glossary: the few words that must read the same everywhere they appear, in every
 * language (body areas, heat and cold, the soreness scale's ends, where to turn for help, the
 * breathing words). Content imports these rather than retyping them, so a label, a cue and a
 * caution can never name the same thing two ways. Translations address the reader informally
 * (German "du", Spanish "tú"), as the English addresses "you".
 *
 * One export per language, so a bundle that reads one language's terms carries only those (the
 * pure marks let a bundler drop the frozen terms of languages nothing reads).
 */
import { deepFreeze } from '../../freeze';
import type { BodyArea } from '../types';

export interface GlossaryTerms {
  /** The body areas, as labels (sentences use the same words). */
  readonly bodyAreas: Readonly<Record<BodyArea, string>>;
  /** Heat and cold as the two treatments, as nouns. */
  readonly heat: string;
  readonly cold: string;
  /** The ends of the 0-10 soreness scale, the same before and after so ratings compare. */
  readonly scaleLow: string;
  readonly scaleHigh: string;
  /** The heading that sends people to a professional. */
  readonly seeProfessional: string;
  /** Who that professional is, as it appears inside a sentence. */
  readonly professional: string;
  /** The name of the help page that is reachable from every screen. */
  readonly whenToGetHelp: string;
  /** What a stretch is called, and the breathing guide's three words. */
  readonly stretch: string;
  readonly breatheIn: string;
  readonly breatheOut: string;
  readonly hold: string;
}

export const EN_TERMS: GlossaryTerms = /* @__PURE__ */ deepFreeze<GlossaryTerms>({
  bodyAreas: { 'upper-back': 'Upper back', neck: 'Neck', shoulders: 'Shoulders', 'whole-body': 'Whole body' },
  heat: 'heat',
  cold: 'cold',
  scaleLow: '0 = not sore at all',
  scaleHigh: '10 = as sore as it gets',
  seeProfessional: 'See a healthcare professional',
  professional: 'a doctor or physiotherapist',
  whenToGetHelp: 'When to get help',
  stretch: 'stretch',
  breatheIn: 'Breathe in',
  breatheOut: 'Breathe out',
  hold: 'Hold',
});

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

export const ES_TERMS: GlossaryTerms = /* @__PURE__ */ deepFreeze<GlossaryTerms>({
  // "Espalda alta" rather than "la parte superior de la espalda": short enough for a step title.
  bodyAreas: {
    'upper-back': 'Espalda alta',
    neck: 'Cuello',
    shoulders: 'Hombros',
    'whole-body': 'Todo el cuerpo',
  },
  heat: 'calor',
  cold: 'frío',
  scaleLow: '0 = nada de dolor',
  scaleHigh: '10 = el peor dolor posible',
  seeProfessional: 'Consulta a un profesional de la salud',
  professional: 'un médico o fisioterapeuta',
  whenToGetHelp: 'Cuándo pedir ayuda',
  stretch: 'estiramiento',
  breatheIn: 'Inhala',
  breatheOut: 'Exhala',
  hold: 'Mantén',
});
