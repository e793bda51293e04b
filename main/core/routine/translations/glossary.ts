/**
 * The fixed glossary: the few words that must read the same everywhere they appear, in every
 * language (body areas, heat and cold, the soreness scale's ends, where to turn for help, the
 * breathing words). Content imports these rather than retyping them, so a label, a cue and a
 * caution can never name the same thing two ways. Translations address the reader informally
 * (German "du", Spanish "tú"), as the English addresses "you".
 *
 * English here; each other language's terms in a module of its own (glossary-de.ts, glossary-es.ts),
 * so a window carries only the terms of the language it shows: a bundler puts a module whole into
 * one chunk, so terms of every language in one module would all load with the first.
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
