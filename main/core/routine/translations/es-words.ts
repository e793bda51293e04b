/**
 * The few Spanish words a window shows from the routine's content before any step's own text: the
 * start and summary screens' moment words, where advice comes from, the own-exercise label, the
 * breathing patterns' names and the disclaimer. A module of its own, so the routine view's first
 * load carries these and not the whole translation (es.ts includes them from here).
 */
import { deepFreeze } from '../../freeze';
import { ES_TERMS as T } from './glossary-es';
import type { RoutineWords } from './routine-texts';

export const ES_WORDS: RoutineWords = deepFreeze<RoutineWords>({
  disclaimer:
    'Unknot es una rutina para antes de dormir, no atención médica: no puede saber qué causa tu dolor ni lo trata.',
  moments: {
    bedtime: {
      kicker: 'Tu rutina de esta noche',
      farewell: 'Buenas noches',
      finished: 'Has terminado la rutina de esta noche. Deja que tu cuerpo se vuelva pesado y descansa.',
      endedEarly: 'Has terminado la rutina antes de tiempo. Lo que hiciste también cuenta. Que descanses.',
      endTitle: '¿Terminar la rutina de esta noche?',
    },
    morning: {
      kicker: 'Tus estiramientos de esta mañana',
      farewell: 'Buenos días',
      finished: 'Has terminado los estiramientos de la mañana. Empieza el día con calma.',
      endedEarly: 'Has terminado los estiramientos antes de tiempo. Lo que hiciste también cuenta.',
      endTitle: '¿Terminar los estiramientos de esta mañana?',
    },
  },
  sources: {
    statements: {
      S1: 'Postura al dormir',
      S2: 'Estiramientos suaves antes de dormir',
      S3: 'Manejo del estrés',
      S4: `Calor o ${T.cold}`,
      S5: 'Ayuda profesional',
      P1: 'Prevención durante el día',
    },
    topics: {
      stretching: 'Estirar con seguridad',
      'heat-cold': `Calor y ${T.cold} con seguridad`,
      breathing: 'Respiración pausada',
      'urgent-care': 'Cuándo buscar atención urgente',
      'not-medical-advice': 'Sobre Unknot',
    },
    generalOnly: (topic) => `Recomendación general, no del artículo (${topic})`,
    fromArticle: (id, statement) => `Del artículo (${id}: ${statement})`,
    withGeneral: (fromArticle, topic) => `${fromArticle}, con recomendación general (${topic})`,
  },
  ownStepLabel: 'Tu ejercicio',
  breathingPatterns: {
    relaxed: 'Relajada: inhala 4, exhala 6',
    '4-7-8': '4-7-8: inhala 4, mantén 7, exhala 8',
    box: 'Cuadrada: inhala 4, mantén 4, exhala 4, mantén 4',
  },
});
