import type en from '../en/report';
import type { TranslationOf } from '../messages';

export default {
  title: 'Dolor matutino en la parte alta de la espalda',
  period: '{weeks} semanas: del {from} al {to}',
  made: 'Hecho el {date} a partir del registro guardado en la aplicación Unknot.',
  scale: 'Cada mañana se valora el dolor de {min} (nada) a {max} (el peor imaginable).',
  disclaimer:
    'Esta página resume el registro de la propia persona, guardado en Unknot; no es un diagnóstico.',
  headingSoreness: 'Dolor por la mañana',
  headingBands: 'Mañanas según la puntuación',
  headingNights: 'Rutina de la noche',
  headingChart: 'Día a día',
  headingHelps: 'Lo que parece ayudar',
  headingCheckup: 'Reglas de revisión cumplidas',
  headingNotes: 'Notas del registro',
  legend: 'Línea y puntos: el dolor de cada mañana. Columnas grises: noches con la rutina.',
  morningsLogged: 'Mañanas anotadas',
  average: 'Media',
  worst: 'Peor',
  best: 'Mejor',
  routineNights: 'Noches con rutina',
  usualRoutine: 'Rutina habitual',
  heatOrCold: 'Calor o frío',
  countOf: '{count} de {total}',
  outOf: '{value} / {max}',
  withShare: '{value} ({percent} %)',
  mornings: '{count} {{mañana|mañanas}}',
  usualValue: '{title} ({count} de {total} {{noche|noches}})',
  heatColdValue: 'calor en {heat}, frío en {cold}, ninguno en {neither} {{noche|noches}}',
  none: 'ninguna',
  nothingLogged: 'nada anotado',
  noCheckup: 'No se cumple ninguna de las reglas de revisión de Unknot.',
  helpsHidden: '{hidden} {{diferencia menor no se muestra|diferencias menores no se muestran}}.',
  noNotes: 'No se escribieron notas en este periodo.',
  notesHidden:
    'Las {shown} notas más recientes de {written}; {hidden} {{anterior no se muestra|anteriores no se muestran}}.',
} satisfies TranslationOf<typeof en>;
