/**
 * The routine's content in German, translated from the English (which stays the source). It
 * speaks to the reader as "du", as the English speaks to "you": short, calm, and never more sure
 * than the English. Glossary words come from glossary.ts, never typed again here.
 */
import { MAX_OWN_STEPS, OWN_CUE_COUNT, OWN_STEP_ID_PREFIX, ownBounds } from '../own-exercise';
import { MAX_CUE_CHARS, MAX_TITLE_CHARS } from '../types';
import { formatDuration as time, listValues, showValue, type ValueWords } from '../plan-messages';
import { DE_TERMS as T } from './glossary-de';
import { DE_WORDS as W } from './de-words';
import { DE_FIGURE as F } from './de-figure';
import type { RoutineTranslation } from './routine-texts';
import { deepFreeze } from '../../freeze';

const AREAS = Object.values(T.bodyAreas);
const SCALE = { lowLabel: T.scaleLow, highLabel: T.scaleHigh };

const VALUES: ValueWords = {
  invalidNumber: 'eine ungültige Zahl',
  nothing: 'nichts',
  aList: 'eine Liste',
  anObject: 'ein Objekt',
  other: (type) => `ein Wert vom Typ ${type}`,
  andMore: (named, more) => `${named} und ${more} weitere`,
};

const SAFETY = {
  stretching: [
    'Geh langsam in ein leichtes Ziehen. Eine Dehnung sollte nie wehtun.',
    'Bleib etwa 15 bis 30 Sekunden in jeder Position.',
    'Atme beim Halten in deinem gewohnten Tempo weiter.',
    'Bleib in der Dehnung ruhig: nicht wippen.',
    'Hör auf, wenn der Schmerz stechend wird oder du Taubheit oder Kribbeln bemerkst.',
  ],
  heatCold: [
    'Leg immer ein Tuch oder dünnes Handtuch zwischen Auflage und Haut.',
    'Höchstens zwanzig Minuten pro Anwendung.',
    'Schau zwischendurch nach deiner Haut; hör auf, wenn sie sehr rot, fleckig oder taub ist.',
    'Schlaf nie ein, während ein Heizkissen oder Kühlpack auf dir liegt.',
    'Lass es bei tauber oder verletzter Haut weg, oder wenn du Durchblutungsstörungen hast.',
    `Bei einer frischen Verletzung mit Schwellung ist ${T.cold} meist die erste Wahl.`,
  ],
  breathing: ['Wird dir schwindelig oder benommen? Hör auf und atme wieder normal.'],
} as const;

export const DE: RoutineTranslation = deepFreeze<RoutineTranslation>({
  language: 'de',
  ...W,
  ...F,
  terms: T,
  steps: {
    'settle-in': {
      title: 'Ankommen',
      halfTimeCue: null,
      cues: [
        'Setz dich auf die Bettkante, beide Füße flach auf dem Boden.',
        'Lass die Schultern sinken, weg von den Ohren.',
        'Spür nach, wo dein oberer Rücken verspannt ist. Nimm es einfach wahr.',
      ],
      cautions: [
        `Schmerzen mit Druck auf der Brust, Atemnot oder tauben Armen sind kein Fall für eine Routine: Öffne jetzt „${T.whenToGetHelp}“.`,
      ],
      rating: { question: 'Wie stark schmerzt dein oberer Rücken gerade?', ...SCALE },
    },
    'chin-tuck': {
      title: 'Kinn einziehen',
      halfTimeCue: null,
      cues: [
        'Sitz aufrecht und schau geradeaus.',
        'Schieb dein Kinn gerade nach hinten, als wolltest du ein Doppelkinn machen.',
        'Halte das ein paar Atemzüge lang, dann lös es und wiederhole.',
      ],
      cautions: ['Halte die Bewegung klein; dein Kopf bleibt gerade.'],
      rating: null,
    },
    'neck-side-bend': {
      title: 'Nacken zur Seite neigen',
      halfTimeCue: 'Seite wechseln: Heb den Kopf langsam an und neig ihn dann zur anderen Seite.',
      cues: [
        'Lass ein Ohr langsam zur Schulter darunter sinken.',
        'Die andere Schulter bleibt schwer und tief.',
        'Lass mit jedem Ausatmen ein wenig mehr los.',
      ],
      cautions: ['Lass die Schwerkraft arbeiten; zieh nicht am Kopf.'],
      rating: null,
    },
    'look-left-right': {
      title: 'Langsam nach links und rechts schauen',
      halfTimeCue: null,
      cues: [
        'Dreh den Kopf langsam und schau über eine Schulter.',
        'Halte beim ersten sanften Ziehen kurz inne, dann dreh zur anderen Seite.',
        'Dein Kinn bleibt dabei die ganze Zeit waagerecht.',
      ],
      cautions: ['Dreh nur so weit, wie es leicht geht; hör auf, wenn dir schwindelig wird.'],
      rating: null,
    },
    'shoulder-rolls': {
      title: 'Schulterkreisen',
      halfTimeCue: null,
      cues: [
        'Zieh die Schultern zu den Ohren hoch, dann roll sie nach hinten und unten.',
        'Mach die Kreise langsam und weit.',
        'Wechsle nach ein paar Runden die Richtung.',
      ],
      cautions: ['Kreise lieber gleichmäßig als schnell.'],
      rating: null,
    },
    'cross-body-arm': {
      title: 'Arm vor der Brust dehnen',
      halfTimeCue: 'Seite wechseln: Lös langsam und hol den anderen Arm vor die Brust.',
      cues: [
        'Führ einen Arm auf Schulterhöhe quer vor die Brust.',
        'Zieh ihn mit der anderen Hand knapp über dem Ellbogen sanft näher.',
        'Halte diese Schulter tief, weg vom Ohr.',
      ],
      cautions: ['Drück auf den Oberarm, nie auf das Ellbogengelenk.'],
      rating: null,
    },
    'shoulder-blade-squeeze': {
      title: 'Schulterblätter zusammenziehen',
      halfTimeCue: null,
      cues: [
        'Sitz aufrecht, die Arme hängen locker neben dem Körper.',
        'Zieh die Schulterblätter nach hinten zusammen, als hieltest du einen Stift dazwischen.',
        'Halte ein, zwei Atemzüge lang, dann lass ganz los.',
      ],
      cautions: ['Lass die Schultern unten und mach kein Hohlkreuz.'],
      rating: null,
    },
    'cat-cow': {
      title: 'Katze-Kuh',
      halfTimeCue: null,
      cues: [
        'Geh in den Vierfüßlerstand, die Handgelenke unter den Schultern.',
        'Beim Ausatmen machst du den Rücken rund zur Decke und lässt den Kopf hängen.',
        'Beim Einatmen lässt du die Brust etwas sinken und schaust leicht nach vorn.',
        'Beweg dich langsam, im Rhythmus deines Atems.',
      ],
      cautions: ['Leg ein Kissen unter die Knie, wenn das Knien unangenehm ist.'],
      rating: null,
    },
    'thread-the-needle': {
      title: 'Einfädeln',
      halfTimeCue: 'Seite wechseln: Komm zurück in den Vierfüßlerstand und fädle den anderen Arm durch.',
      cues: [
        'Schieb aus dem Vierfüßlerstand einen Arm unter dir durch, die Handfläche nach oben.',
        'Senk diese Schulter und die Seite deines Kopfes Richtung Boden.',
        'Die Hüften bleiben über den Knien; atme in deinen oberen Rücken.',
      ],
      cautions: ['Leg den Kopf auf ein Kissen, wenn er den Boden nicht bequem erreicht.'],
      rating: null,
    },
    'childs-pose': {
      title: 'Stellung des Kindes',
      halfTimeCue: null,
      cues: [
        'Knie dich hin, setz dich Richtung Fersen zurück und beug dich nach vorn.',
        'Schieb die Hände nach vorn und leg die Stirn ab.',
        'Spür, wie jeder Atemzug deine Rippen hinten weitet.',
      ],
      cautions: [
        'Wenn die Knie protestieren, stell sie weiter auseinander oder leg ein Kissen unter die Hüften.',
      ],
      rating: null,
    },
    'seated-rounding': {
      title: 'Oberen Rücken im Sitzen runden',
      halfTimeCue: null,
      cues: [
        'Sitz aufrecht und umarme dich, die Hände greifen zu den Schulterblättern.',
        'Senk das Kinn und runde deinen oberen Rücken nach vorn.',
        'Atme in den Raum zwischen deinen Schulterblättern.',
      ],
      cautions: ['Runde dich nur so weit, wie es angenehm bleibt.'],
      rating: null,
    },
    'doorway-opener': {
      title: 'Brustöffner im Türrahmen',
      halfTimeCue: null,
      cues: [
        'Stell dich in einen Türrahmen, Unterarme am Rahmen, Ellbogen auf Schulterhöhe.',
        'Mach einen Schritt nach vorn, bis sich deine Brust sanft öffnet.',
        'Halte den Nacken lang und die Rippen weich.',
      ],
      cautions: ['Lass nach, wenn du ein Kribbeln spürst, das in die Arme zieht.'],
      rating: null,
    },
    'heat-or-cold': {
      title: `${T.heat} oder ${T.cold} auf den oberen Rücken`,
      halfTimeCue: 'Die Hälfte ist um: Heb die Auflage kurz an und schau dir deine Haut an.',
      cues: [
        'Wickle die Auflage in ein dünnes Handtuch, bevor sie dich berührt.',
        'Leg oder setz dich so, dass die Auflage quer auf deinem oberen Rücken liegt.',
        'Lass deinen Atem ruhiger werden, während sie wirkt.',
        `Unsicher, was hilft? Nimm einen Abend ${T.heat}, den nächsten ${T.cold}, und bleib beim Besseren.`,
      ],
      cautions: SAFETY.heatCold,
      rating: null,
      methods: {
        heat: 'Warm, nie heiß: ein Wärmekissen, eine Wärmflasche oder ein warmes, feuchtes Handtuch.',
        cold: 'Ein Kältepack oder eine Tüte tiefgekühlter Erbsen, in ein Tuch gewickelt.',
      },
    },
    'paced-breathing': {
      title: 'Langsames Atmen',
      halfTimeCue: null,
      cues: [
        'Leg dich hin oder lehn dich zurück und schließ die Augen, wenn du magst.',
        'Folge der Anleitung: durch die Nase ein, sanft durch den Mund aus.',
        'Lass jedes Ausatmen lang und ohne Eile sein.',
      ],
      cautions: SAFETY.breathing,
      rating: null,
    },
    'sleep-posture': {
      title: 'Schlafhaltung einrichten',
      halfTimeCue: null,
      cues: [
        'Leg dich auf den Rücken.',
        'Schieb ein Kissen oder eine eingerollte Decke unter deine Knie.',
        'Nimm ein leicht geschwungenes Kissen, das den Raum unter deinem Nacken füllt.',
        'Lass Kopf, Nacken und Rücken entspannt in einer Linie ruhen.',
      ],
      cautions: [
        'Schlaf möglichst nicht auf dem Bauch: Das verdreht den Nacken und belastet den oberen Rücken.',
      ],
      rating: null,
    },
    'good-night': {
      title: 'Gute Nacht',
      halfTimeCue: null,
      cues: [
        'Licht aus. Lass deinen Körper schwer werden.',
        'Morgen halten kurze Dehnpausen über den Tag deinen oberen Rücken locker.',
        'Wärm dich vor dem Sport auf und heb Lasten aus den Beinen, nah am Körper.',
      ],
      cautions: [
        `Wenn die Schmerzen immer wiederkommen oder schlimmer werden, geh in eine ${T.professional}.`,
      ],
      rating: { question: 'Wie fühlt es sich jetzt an?', ...SCALE },
    },
  },
  presets: {
    quick: { title: 'Kurz', description: 'Etwa 5 Minuten: fünf Dehnungen, dann langsames Atmen.' },
    standard: {
      title: 'Standard',
      description:
        'Etwa 12 Minuten: ankommen, sechs Dehnungen, langsames Atmen, dann bereit machen zum Schlafen.',
    },
    full: {
      title: 'Ausführlich',
      description: `Etwa 25 Minuten: die Standard-Routine mit 15 Minuten ${T.heat} oder ${T.cold}.`,
    },
    morning: {
      title: 'Morgens',
      description: 'Etwa 3 Minuten: sanfte Dehnungen für Nacken und Schultern, um locker zu werden.',
    },
  },
  safety: SAFETY,
  help: {
    sections: {
      'see-a-professional': {
        title: T.seeProfessional,
        intro: null,
        items: [
          `Wenn die Schmerzen nicht nachlassen, immer wiederkommen oder schlimmer werden, mach einen Termin in einer ${T.professional}.`,
          'Dort kann man nach der Ursache suchen und eine Behandlung vorschlagen, die zu dir passt.',
        ],
      },
      'urgent-care': {
        title: 'Hol dir sofort Hilfe, statt die Routine zu machen',
        intro:
          'Ruf die örtliche Notrufnummer an oder geh in eine Notaufnahme, wenn Schmerzen im oberen Rücken mit einem dieser Punkte zusammenkommen:',
        items: [
          'Schmerzen, Druck oder Enge in der Brust',
          'Atemnot',
          'Schweißausbrüche',
          'Schmerzen, die in Arm oder Kiefer ausstrahlen',
          'ein schwerer Sturz oder ein Unfall',
          'Fieber',
          'Taubheit, Kribbeln oder Schwäche in Armen oder Beinen',
          'Blase oder Darm lassen sich nicht mehr kontrollieren',
          'Gewichtsverlust ohne erkennbaren Grund',
        ],
      },
      'stretching-safety': { title: 'Sicher dehnen', intro: null, items: SAFETY.stretching },
      'heat-cold-safety': {
        title: `${T.heat} und ${T.cold} sicher anwenden`,
        intro: null,
        items: SAFETY.heatCold,
      },
      'breathing-safety': { title: 'Atmen im Rhythmus', intro: null, items: SAFETY.breathing },
      'during-the-day': {
        title: 'Im Alltag',
        intro: null,
        items: [
          'Sitz und steh aufrecht, mit entspannten Schultern.',
          'Steh ab und zu für eine kurze Dehnung auf.',
          'Wärm dich vor dem Sport auf.',
          'Heb mit der Kraft der Beine und halte die Last nah am Körper.',
          'Regelmäßige Bewegung oder Physiotherapie stärkt die Muskeln, die deinen oberen Rücken stützen.',
        ],
      },
    },
  },
  planMessages: {
    noRoutines: 'Es gibt keine Routinen zur Auswahl.',
    unknownSteps: (ids) =>
      `Es gibt keinen Schritt namens ${listValues(ids, VALUES)}; ${ids.length === 1 ? 'diese Änderung wurde' : 'diese Änderungen wurden'} weggelassen.`,
    durationOutOfBounds: (title, value, min, max) =>
      `${title} kann ${time(min)} bis ${time(max)} dauern; ${showValue(value, VALUES)} passt nicht, daher gilt die übliche Länge.`,
    heatColdSkipped: `${T.heat} oder ${T.cold} ist auf Überspringen gestellt, daher fällt dieser Schritt weg, obwohl er eingeschaltet war.`,
    allDisabled: 'Alle Schritte waren ausgeschaltet, daher wird die Routine so verwendet, wie sie ist.',
    presetStepMissing: (id) =>
      `Die Routine enthält einen Schritt, den es nicht gibt (${showValue(id, VALUES)}); er wurde weggelassen.`,
  },
  ownExerciseMessages: {
    exercise: 'Hier wurde eine Übung erwartet',
    title: `Gib ihr einen Titel mit 1 bis ${MAX_TITLE_CHARS} Zeichen`,
    cue: `Schreib jeden Hinweis mit 1 bis ${MAX_CUE_CHARS} Zeichen`,
    cues: `Schreib ${OWN_CUE_COUNT.min} bis ${OWN_CUE_COUNT.max} Hinweise`,
    plainText: 'Nur einfacher Text: keine Zeilenumbrüche oder Steuerzeichen',
    twoSided: 'Wähle eine Seite oder beide Seiten',
    switchCue: `Eine beidseitige Übung braucht einen Hinweis zum Seitenwechsel mit 1 bis ${MAX_CUE_CHARS} Zeichen`,
    noSwitchCue: 'Nur eine beidseitige Übung hat einen Hinweis zum Seitenwechsel',
    bodyArea: `Wähle ${AREAS.slice(0, -1).join(', ')} oder ${AREAS.at(-1) ?? ''}`,
    duration: (twoSided) => {
      const { min, max } = ownBounds(twoSided);
      const sides = twoSided ? 'eine beidseitige Übung' : 'eine einseitige Übung';
      return `Gib für ${sides} eine ganze Zahl von Sekunden zwischen ${min} und ${max} an`;
    },
    wholeSeconds: 'Gib eine ganze Zahl von Sekunden an',
    poseId: 'Wähle ein Bild, das diese Version von Unknot hat, oder keines',
    id: `Eine eigene Übung hat eine ID, die mit "${OWN_STEP_ID_PREFIX}" beginnt`,
    unknownKey: (key) => `"${key}" gehört nicht zu einer Übung`,
    missing: 'Dieser Teil der Übung fehlt',
    list: 'Hier wurde eine Liste von Übungen erwartet',
    noExercises: 'Hier wurde mindestens eine Übung erwartet',
    tooMany: `Du kannst höchstens ${MAX_OWN_STEPS} eigene Übungen haben`,
    duplicateId: (id) => `Die Übungs-ID "${id}" kommt mehr als einmal vor`,
    duplicateTitle: (title) => `Du hast schon eine Übung namens „${title}“`,
    notFound: 'Diese Übung gibt es nicht mehr',
  },
});
