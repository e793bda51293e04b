/**
 * The routine's content in Spanish, translated from the English (which stays the source). It
 * speaks to the reader as "tú", as the English speaks to "you", and avoids adjectives that would
 * give the reader a gender ("con la espalda recta", not "erguido"). Glossary words come from
 * glossary.ts, never typed again here.
 */
import { MAX_OWN_STEPS, OWN_CUE_COUNT, OWN_STEP_ID_PREFIX, ownBounds } from '../own-exercise';
import { MAX_CUE_CHARS, MAX_TITLE_CHARS } from '../types';
import { formatDuration as time, listValues, showValue, type ValueWords } from '../plan-messages';
import { ES_TERMS as T } from './glossary-es';
import { ES_WORDS as W } from './es-words';
import { ES_FIGURE as F } from './es-figure';
import type { RoutineTranslation } from './routine-texts';
import { deepFreeze } from '../../freeze';

const AREAS = Object.values(T.bodyAreas).map((label) => label.toLowerCase());
const SCALE = { lowLabel: T.scaleLow, highLabel: T.scaleHigh };

const VALUES: ValueWords = {
  invalidNumber: 'un número no válido',
  nothing: 'nada',
  aList: 'una lista',
  anObject: 'un objeto',
  other: (type) => `un valor de tipo ${type}`,
  andMore: (named, more) => `${named} y ${more} más`,
};

const SAFETY = {
  stretching: [
    'Entra despacio en una tensión suave. Un estiramiento nunca debe doler.',
    'Quédate en cada postura entre 15 y 30 segundos, más o menos.',
    'Sigue respirando a tu ritmo habitual mientras mantienes la postura.',
    'Mantén el estiramiento sin moverte: nada de rebotes.',
    'Para si el dolor se vuelve agudo o si notas entumecimiento u hormigueo.',
  ],
  heatCold: [
    'Pon siempre un paño o una toalla fina entre la compresa y la piel.',
    'Veinte minutos es lo máximo por sesión.',
    'Revisa tu piel a mitad de la sesión; para si está muy roja, con manchas o entumecida.',
    'Nunca te duermas con una almohadilla eléctrica o una bolsa de hielo encima.',
    'No lo uses sobre piel entumecida o dañada, ni si tienes mala circulación.',
    `Ante una lesión reciente que se hincha, el ${T.cold} suele ser la primera opción.`,
  ],
  breathing: ['¿Te mareas o notas la cabeza ligera? Para y vuelve a respirar con normalidad.'],
} as const;

export const ES: RoutineTranslation = deepFreeze<RoutineTranslation>({
  language: 'es',
  ...W,
  ...F,
  terms: T,
  steps: {
    'settle-in': {
      title: 'Acomódate',
      halfTimeCue: null,
      cues: [
        'Siéntate en el borde de la cama, con los dos pies apoyados en el suelo.',
        'Deja caer los hombros, lejos de las orejas.',
        'Fíjate en qué parte de la espalda alta notas tensión. Solo obsérvalo.',
      ],
      cautions: [
        `El dolor con presión en el pecho, falta de aire o brazos entumecidos no es para una rutina: abre ahora «${T.whenToGetHelp}».`,
      ],
      rating: { question: '¿Cuánto te duele ahora la espalda alta?', ...SCALE },
    },
    'chin-tuck': {
      title: 'Meter la barbilla',
      halfTimeCue: null,
      cues: [
        'Siéntate con la espalda recta y mira al frente.',
        'Lleva la barbilla recta hacia atrás, como si hicieras papada.',
        'Mantén la posición unas respiraciones; luego suelta y repite.',
      ],
      cautions: ['Haz un movimiento pequeño; la cabeza se mantiene recta.'],
      rating: null,
    },
    'neck-side-bend': {
      title: 'Inclinación lateral del cuello',
      halfTimeCue: 'Cambia de lado: levanta la cabeza despacio y luego inclínala hacia el otro lado.',
      cues: [
        'Deja que una oreja baje despacio hacia el hombro de ese lado.',
        'Mantén el otro hombro pesado y bajo.',
        'Suelta un poco más cada vez que exhalas.',
      ],
      cautions: ['Deja que la gravedad haga el trabajo; no tires de la cabeza.'],
      rating: null,
    },
    'look-left-right': {
      title: 'Mirar despacio a un lado y al otro',
      halfTimeCue: null,
      cues: [
        'Gira la cabeza despacio para mirar por encima de un hombro.',
        'Detente al primer tirón suave y gira hacia el otro lado.',
        'Mantén la barbilla nivelada durante todo el giro.',
      ],
      cautions: ['Gira solo hasta donde te resulte fácil; para si te mareas.'],
      rating: null,
    },
    'shoulder-rolls': {
      title: 'Círculos de hombros',
      halfTimeCue: null,
      cues: [
        'Sube los hombros hacia las orejas y luego llévalos hacia atrás y hacia abajo.',
        'Haz círculos lentos y amplios.',
        'Tras unas vueltas, cambia de sentido.',
      ],
      cautions: ['Mejor círculos suaves que rápidos.'],
      rating: null,
    },
    'cross-body-arm': {
      title: 'Estiramiento con el brazo cruzado',
      halfTimeCue: 'Cambia de lado: suelta despacio y cruza el otro brazo.',
      cues: [
        'Cruza un brazo por delante del pecho, a la altura del hombro.',
        'Con la otra mano, acércalo con suavidad desde justo encima del codo.',
        'Mantén ese hombro bajo, lejos de la oreja.',
      ],
      cautions: ['Presiona sobre la parte superior del brazo, nunca sobre la articulación del codo.'],
      rating: null,
    },
    'shoulder-blade-squeeze': {
      title: 'Juntar los omóplatos',
      halfTimeCue: null,
      cues: [
        'Siéntate con la espalda recta y los brazos sueltos a los lados.',
        'Lleva los omóplatos hacia atrás y júntalos, como si sujetaras un lápiz entre ellos.',
        'Mantén la posición una o dos respiraciones y luego suelta del todo.',
      ],
      cautions: ['Mantén los hombros abajo y no arquees la zona lumbar.'],
      rating: null,
    },
    'cat-cow': {
      title: 'Gato-vaca',
      halfTimeCue: null,
      cues: [
        'Ponte a cuatro patas, con las muñecas bajo los hombros.',
        'Al exhalar, redondea la espalda hacia el techo y deja colgar la cabeza.',
        'Al inhalar, deja que el pecho baje un poco y mira ligeramente al frente.',
        'Muévete despacio, al ritmo de tu respiración.',
      ],
      cautions: ['Pon una almohada bajo las rodillas si te molesta arrodillarte.'],
      rating: null,
    },
    'thread-the-needle': {
      title: 'Enhebrar la aguja',
      halfTimeCue: 'Cambia de lado: vuelve a cuatro patas y pasa el otro brazo por debajo.',
      cues: [
        'Desde cuatro patas, pasa un brazo por debajo del cuerpo, con la palma hacia arriba.',
        'Baja ese hombro y el lado de la cabeza hacia el suelo.',
        'Mantén las caderas sobre las rodillas y respira hacia la espalda alta.',
      ],
      cautions: ['Apoya la cabeza en un cojín si no llega al suelo con comodidad.'],
      rating: null,
    },
    'childs-pose': {
      title: 'Postura del niño',
      halfTimeCue: null,
      cues: [
        'Arrodíllate, lleva la cadera hacia los talones e inclínate hacia delante.',
        'Lleva las manos hacia delante y deja descansar la frente.',
        'Siente cómo cada respiración ensancha tus costillas por detrás.',
      ],
      cautions: ['Si te molestan las rodillas, sepáralas más o pon una almohada bajo las caderas.'],
      rating: null,
    },
    'seated-rounding': {
      title: 'Redondeo sentado de la espalda alta',
      halfTimeCue: null,
      cues: [
        'Siéntate con la espalda recta y abrázate, con las manos hacia los omóplatos.',
        'Baja la barbilla y redondea la espalda alta hacia delante.',
        'Respira hacia el espacio entre los omóplatos.',
      ],
      cautions: ['Redondea solo hasta donde te resulte cómodo.'],
      rating: null,
    },
    'doorway-opener': {
      title: 'Apertura de pecho en una puerta',
      halfTimeCue: null,
      cues: [
        'Ponte en una puerta, antebrazos en el marco y codos a la altura de los hombros.',
        'Da un paso adelante con un pie hasta que el pecho se abra con suavidad.',
        'Mantén el cuello largo y las costillas relajadas.',
      ],
      cautions: ['Afloja si notas un hormigueo que baja por los brazos.'],
      rating: null,
    },
    'heat-or-cold': {
      title: 'Calor o frío en la espalda alta',
      halfTimeCue: 'A mitad de la sesión: levanta la compresa un momento y revisa tu piel.',
      cues: [
        'Envuelve la compresa en una toalla fina antes de que te toque.',
        'Túmbate o siéntate de modo que la compresa quede sobre la espalda alta.',
        'Deja que tu respiración se calme mientras actúa.',
        `¿Dudas qué ayuda más? Prueba ${T.heat} una noche y ${T.cold} otra, y quédate con el mejor.`,
      ],
      cautions: SAFETY.heatCold,
      rating: null,
      methods: {
        heat: `Tibio, nunca caliente: una compresa de ${T.heat}, una bolsa de agua caliente o una toalla húmeda tibia.`,
        cold: 'Una compresa fría o una bolsa de guisantes congelados, envuelta en un paño.',
      },
    },
    'paced-breathing': {
      title: 'Respiración lenta',
      halfTimeCue: null,
      cues: [
        'Túmbate o recuéstate, y cierra los ojos si quieres.',
        'Sigue la guía: inhala por la nariz y exhala suavemente por la boca.',
        'Que cada exhalación sea larga y sin prisa.',
      ],
      cautions: SAFETY.breathing,
      rating: null,
    },
    'sleep-posture': {
      title: 'Prepara tu postura para dormir',
      halfTimeCue: null,
      cues: [
        'Túmbate boca arriba.',
        'Pon una almohada o una manta enrollada bajo las rodillas.',
        'Elige una almohada de curva suave que rellene el hueco bajo el cuello.',
        'Deja que la cabeza, el cuello y la espalda descansen en una línea cómoda.',
      ],
      cautions: ['Intenta no dormir boca abajo: te gira el cuello y carga la espalda alta.'],
      rating: null,
    },
    'good-night': {
      title: 'Buenas noches',
      halfTimeCue: null,
      cues: [
        'Apaga la luz. Deja que tu cuerpo se vuelva pesado.',
        'Mañana, pausas cortas para estirar durante el día mantendrán suelta la espalda alta.',
        'Calienta antes de hacer ejercicio y levanta peso con las piernas, cerca del cuerpo.',
      ],
      cautions: [`Si el dolor vuelve una y otra vez o empeora, consulta a ${T.professional}.`],
      rating: { question: '¿Cómo lo notas ahora?', ...SCALE },
    },
  },
  presets: {
    quick: { title: 'Rápida', description: 'Unos 5 minutos: cinco estiramientos y luego respiración lenta.' },
    standard: {
      title: 'Estándar',
      description:
        'Unos 12 minutos: acomodarte, seis estiramientos, respiración lenta y prepararte para dormir.',
    },
    full: {
      title: 'Completa',
      description: `Unos 25 minutos: la rutina estándar con 15 minutos de ${T.heat} o ${T.cold}.`,
    },
    morning: {
      title: 'Matutina',
      description: 'Unos 3 minutos: estiramientos suaves de cuello y hombros para soltarte.',
    },
  },
  safety: SAFETY,
  help: {
    sections: {
      'see-a-professional': {
        title: T.seeProfessional,
        intro: null,
        items: [
          `Si el dolor no mejora, vuelve una y otra vez o empeora, pide cita con ${T.professional}.`,
          'Pueden buscar la causa y proponerte un tratamiento adecuado para ti.',
        ],
      },
      'urgent-care': {
        title: 'Busca atención urgente en lugar de hacer la rutina',
        intro:
          'Llama al número de emergencias de tu zona o ve a urgencias si el dolor en la espalda alta viene con:',
        items: [
          'dolor, presión u opresión en el pecho',
          'falta de aire',
          'sudoración',
          'dolor que se extiende al brazo o a la mandíbula',
          'una caída fuerte o un accidente',
          'fiebre',
          'entumecimiento, hormigueo o debilidad en brazos o piernas',
          'pérdida del control de la vejiga o del intestino',
          'una pérdida de peso que no te puedes explicar',
        ],
      },
      'stretching-safety': { title: 'Estirar con seguridad', intro: null, items: SAFETY.stretching },
      'heat-cold-safety': { title: 'Calor y frío con seguridad', intro: null, items: SAFETY.heatCold },
      'breathing-safety': { title: 'Respiración pausada', intro: null, items: SAFETY.breathing },
      'during-the-day': {
        title: 'Durante el día',
        intro: null,
        items: [
          'Al sentarte y al estar de pie, mantén la espalda recta y los hombros relajados.',
          'Levántate de vez en cuando para estirar un poco.',
          'Calienta antes de hacer ejercicio.',
          'Levanta peso con las piernas, con la carga cerca del cuerpo.',
          'El ejercicio regular, o la fisioterapia, fortalece los músculos que sostienen la espalda alta.',
        ],
      },
    },
  },
  planMessages: {
    noRoutines: 'No hay rutinas entre las que elegir.',
    unknownSteps: (ids) =>
      `No hay ningún paso llamado ${listValues(ids, VALUES)}; ${ids.length === 1 ? 'ese cambio se ha omitido' : 'esos cambios se han omitido'}.`,
    durationOutOfBounds: (title, value, min, max) =>
      `${title} puede durar de ${time(min)} a ${time(max)}; ${showValue(value, VALUES)} no encaja, así que se usa su duración habitual.`,
    heatColdSkipped: `El paso de calor o ${T.cold} está configurado para omitirse, así que queda fuera aunque estuviera activado.`,
    allDisabled: 'Todos los pasos estaban desactivados, así que la rutina se usa tal como viene.',
    presetStepMissing: (id) =>
      `La rutina incluye un paso que no existe (${showValue(id, VALUES)}); se ha omitido.`,
  },
  ownExerciseMessages: {
    exercise: 'Aquí se esperaba un ejercicio',
    title: `Ponle un título de 1 a ${MAX_TITLE_CHARS} caracteres`,
    cue: `Escribe cada indicación con 1 a ${MAX_CUE_CHARS} caracteres`,
    cues: `Escribe de ${OWN_CUE_COUNT.min} a ${OWN_CUE_COUNT.max} indicaciones`,
    plainText: 'Usa texto simple: sin saltos de línea ni caracteres de control',
    twoSided: 'Elige un lado o los dos',
    switchCue: `Un ejercicio a dos lados necesita una indicación para cambiar de lado, de 1 a ${MAX_CUE_CHARS} caracteres`,
    noSwitchCue: 'Solo un ejercicio a dos lados tiene indicación para cambiar de lado',
    bodyArea: `Elige ${AREAS.slice(0, -1).join(', ')} o ${AREAS.at(-1) ?? ''}`,
    duration: (twoSided) => {
      const { min, max } = ownBounds(twoSided);
      const sides = twoSided ? 'a dos lados' : 'de un solo lado';
      return `Usa un número entero de segundos entre ${min} y ${max} para un ejercicio ${sides}`;
    },
    wholeSeconds: 'Usa un número entero de segundos',
    poseId: 'Elige una imagen que tenga esta versión de Unknot, o ninguna',
    id: `Un ejercicio propio tiene un id que empieza por "${OWN_STEP_ID_PREFIX}"`,
    unknownKey: (key) => `"${key}" no forma parte de un ejercicio`,
    missing: 'Falta esta parte del ejercicio',
    list: 'Se esperaba una lista de ejercicios',
    noExercises: 'Se esperaba al menos un ejercicio',
    tooMany: `Puedes tener como máximo ${MAX_OWN_STEPS} ejercicios propios`,
    duplicateId: (id) => `El id de ejercicio "${id}" aparece más de una vez`,
    duplicateTitle: (title) => `Ya tienes un ejercicio llamado «${title}»`,
    notFound: 'Ese ejercicio ya no existe',
  },
});
