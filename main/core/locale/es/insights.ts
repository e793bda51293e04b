import type en from '../en/insights';
import type { TranslationOf } from '../messages';

export default {
  skipped: '{count} {{línea|líneas}} de tu historial no se {{pudo|pudieron}} leer y se {{omitió|omitieron}}.',
  span: 'del {from} al {to}',
  chartShading: 'Las columnas sombreadas son noches con rutina.',
  chartNone: 'No hay mañanas anotadas {span}.',
  chartSummary:
    'Dolor por la mañana {span}: {count} {{mañana anotada|mañanas anotadas}}, media de {average} sobre {max} (mínimo {lowest}, máximo {highest}).',
  nightsText: 'Rutina en {count} {{noche|noches}} de las últimas {days}.',
  streakNone: 'ninguna todavía (sin rutina anoche ni esta noche).',
  streak: '{count} {{noche|noches seguidas}}.',
  nudgeCaveat:
    'Unknot no puede saber qué causa tu dolor: esto es una invitación a pedir consejo, no un diagnóstico.',
  insightNeeds:
    'Para comparar las mañanas después de una rutina con las demás, Unknot necesita al menos {min} de cada tipo en los últimos {days} días (por ahora: {after} después de una rutina, {other} sin ella).',
  insight:
    'En los últimos {days} días, las mañanas después de una noche con rutina tuvieron una media de {after} sobre {max} ({afterCount} {{afterCount:mañana|mañanas}}); las demás mañanas, {other} ({otherCount} {{otherCount:mañana|mañanas}}): {verdict}.',
  aboutTheSame: 'más o menos igual',
  lowerAfterRoutine: '{difference} menos después de una rutina',
  higherAfterRoutine: '{difference} más después de una rutina',
  trendNeeds:
    'Para ver una tendencia hacen falta al menos {min} mañanas anotadas en cada uno de los dos últimos periodos de {span} días (por ahora: {recent} y {before}).',
  trend:
    'Últimos {span} días: media de {recent} sobre {max} ({recentCount} {{recentCount:mañana|mañanas}}); los {span} días anteriores: {before} ({beforeCount} {{beforeCount:mañana|mañanas}}): {change}.',
  trendUp: '{change} más',
  trendDown: '{change} menos',
  nudgePersists:
    'Te dolía la espalda ({soreAt} o más sobre {max}) en {sore} de las últimas {of} mañanas que anotaste.',
  nudgeWorsens:
    'Tu dolor medio por la mañana subió {change}: {recent} en los últimos {days} días frente a {before} en los {days} días anteriores.',
  rulePersists:
    'Dolor que persiste: {soreAt} o más sobre {max} en al menos {soreMornings} de tus últimas {persistMornings} mañanas anotadas (solo cuentan las mañanas de los últimos {recentDays} días).',
  ruleWorsens:
    'Dolor que empeora: tu media de los últimos {days} días es al menos {worseBy} puntos más alta que la de los {days} días anteriores, con al menos {min} mañanas anotadas en cada periodo.',
  ruleDismiss: 'Si descartas la sugerencia, queda oculta durante {days} días.',
  ruleAfterRoutine:
    'Una mañana cuenta como «después de una rutina» cuando hiciste una la noche anterior. Las comparaciones y tendencias aparecen cuando hay al menos {min} mañanas de cada lado.',
  ruleNotDiagnosis:
    'Son reglas sencillas aplicadas a tu propio registro, no un diagnóstico. Si te preocupa, consulta a un profesional sanitario digan lo que digan los números.',
  helpCaveat:
    'Son asociaciones en tu propio registro, no causas: un hábito que va con mejores mañanas puede no ser lo que las mejora.',
  helpRuleSpan:
    'Solo cuentan las mañanas anotadas en las últimas {weeks} semanas ({days} días), una por fecha (la última anotación).',
  helpRuleShown: 'Un hábito aparece cuando hay al menos {min} mañanas con él y {min} sin él.',
  helpRuleCompare:
    'Cada línea compara el dolor medio por la mañana después del hábito con la media sin él; la mayor diferencia va primero.',
  helpRuleSources:
    'La rutina, el calor y el frío salen de lo que registraste la noche anterior. Los demás hábitos salen de tus respuestas en la consulta de la mañana: una mañana en la que dejaste una pregunta sin responder, o elegiste «Variado o no lo sé», no cuenta para esa pregunta.',
  helpSame:
    'Las mañanas después de {after} tuvieron más o menos la misma media ({with} frente a {without} {{mañana|mañanas}}).',
  helpLower:
    'Las mañanas después de {after} tuvieron una media {difference} más baja ({with} frente a {without} {{mañana|mañanas}}).',
  helpHigher:
    'Las mañanas después de {after} tuvieron una media {difference} más alta ({with} frente a {without} {{mañana|mañanas}}).',
  helpNeeded:
    'Aún no hay nada que mostrar: Unknot necesita al menos {missing} {{mañana más|mañanas más}} ({min} con un hábito y {min} sin él, en las últimas {weeks} semanas).',
  afterRoutine: 'una rutina',
  afterHeat: 'una rutina con calor',
  afterCold: 'una rutina con frío',
  afterNeither: 'una noche sin calor ni frío',
  afterSleptOnBack: 'dormir boca arriba',
  afterSleptOnSide: 'dormir de lado',
  afterSleptOnFront: 'dormir boca abajo',
  afterPillowDifferent: 'una almohada distinta',
  afterLiftingYes: 'un día con cargas pesadas o deporte',
  afterStressHigh: 'un día de mucho estrés',
  afterStressSome: 'un día con algo de estrés',
  afterStressLow: 'un día de poco estrés',
  lastNightNone: 'Anoche: no hay rutina registrada.',
  lastNight: 'Anoche: la rutina {title}.',
  lastNightHeat: 'Anoche: la rutina {title}, con calor.',
  lastNightCold: 'Anoche: la rutina {title}, con frío.',
  loosenText: '¿Empiezas el día con dolor? {description}',
  loosenButton: 'Empezar la soltura de la mañana de {minutes} minutos',
} satisfies TranslationOf<typeof en>;
