/**
 * The few German words a window shows from the routine's content before any step's own text: the
 * start and summary screens' moment words, where advice comes from, the own-exercise label, the
 * breathing patterns' names and the disclaimer. A module of its own, so the routine view's first
 * load carries these and not the whole translation (de.ts includes them from here).
 */
import { deepFreeze } from '../../freeze';
import { DE_TERMS as T } from './glossary-de';
import type { RoutineWords } from './routine-texts';

export const DE_WORDS: RoutineWords = deepFreeze<RoutineWords>({
  disclaimer:
    'Unknot ist eine Abendroutine, keine medizinische Behandlung: Unknot kann nicht erkennen, was deine Schmerzen verursacht, und behandelt sie nicht.',
  moments: {
    bedtime: {
      kicker: 'Deine Routine heute Abend',
      farewell: 'Gute Nacht',
      finished:
        'Du hast die Routine für heute Abend geschafft. Lass deinen Körper schwer werden und ruh dich aus.',
      endedEarly: 'Du hast die Routine früher beendet. Was du gemacht hast, zählt trotzdem. Schlaf gut.',
      endTitle: 'Routine für heute Abend beenden?',
    },
    morning: {
      kicker: 'Deine Lockerung heute Morgen',
      farewell: 'Guten Morgen',
      finished: 'Du hast die Lockerung am Morgen geschafft. Geh sanft in den Tag.',
      endedEarly: 'Du hast die Lockerung früher beendet. Was du gemacht hast, zählt trotzdem.',
      endTitle: 'Lockerung für heute Morgen beenden?',
    },
  },
  sources: {
    statements: {
      S1: 'Schlafhaltung',
      S2: 'Sanftes Dehnen vor dem Schlafengehen',
      S3: 'Umgang mit Stress',
      S4: `${T.heat} oder ${T.cold}`,
      S5: 'Professionelle Hilfe',
      P1: 'Vorbeugung im Alltag',
    },
    topics: {
      stretching: 'Sicher dehnen',
      'heat-cold': `${T.heat} und ${T.cold} sicher anwenden`,
      breathing: 'Atmen im Rhythmus',
      'urgent-care': 'Wann du sofort Hilfe brauchst',
      'not-medical-advice': 'Über Unknot',
    },
    generalOnly: (topic) => `Allgemeine Empfehlung, nicht aus dem Artikel (${topic})`,
    fromArticle: (id, statement) => `Aus dem Artikel (${id}: ${statement})`,
    withGeneral: (fromArticle, topic) => `${fromArticle}, mit allgemeiner Empfehlung (${topic})`,
  },
  ownStepLabel: 'Deine Übung',
  breathingPatterns: {
    relaxed: 'Entspannt: einatmen 4, ausatmen 6',
    '4-7-8': '4-7-8: einatmen 4, halten 7, ausatmen 8',
    box: 'Box-Atmung: einatmen 4, halten 4, ausatmen 4, halten 4',
  },
});
