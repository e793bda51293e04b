/** The glossary's Spanish terms (glossary.ts says what each one is for). */
import { deepFreeze } from '../../freeze';
import type { GlossaryTerms } from './glossary';

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
