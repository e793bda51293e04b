import type en from '../en/insights';
import type { TranslationOf } from '../messages';

export default {
  skipped:
    '{count} {{Zeile|Zeilen}} deines Verlaufs {{konnte|konnten}} nicht gelesen werden und {{wurde|wurden}} übersprungen.',
  span: '{from} bis {to}',
  chartShading: 'Schattierte Säulen sind Nächte mit einer Routine.',
  chartNone: 'Keine Morgen eingetragen vom {span}.',
  chartSummary:
    'Schmerz am Morgen vom {span}: {count} {{Morgen|Morgen}} eingetragen, Durchschnitt {average} von {max} (niedrigster Wert {lowest}, höchster {highest}).',
  nightsText: 'Eine Routine in {count} {{Nacht|Nächten}} der letzten {days}.',
  streakNone: 'noch keine (keine Routine letzte Nacht oder heute Abend).',
  streak: '{count} {{Nacht|Nächte in Folge}}.',
  nudgeCaveat:
    'Unknot kann nicht sagen, woher dein Schmerz kommt: Dies ist ein Anstoß, dich beraten zu lassen, keine Diagnose.',
  insightNeeds:
    'Um Morgen nach einer Routine mit anderen Morgen zu vergleichen, braucht Unknot in den letzten {days} Tagen mindestens {min} von beiden (bisher: {after} nach einer Routine, {other} ohne).',
  insight:
    'In den letzten {days} Tagen lag der Schmerz an Morgen nach einer Nacht mit Routine im Schnitt bei {after} von {max} ({afterCount} {{afterCount:Morgen|Morgen}}); an anderen Morgen bei {other} ({otherCount} {{otherCount:Morgen|Morgen}}): {verdict}.',
  aboutTheSame: 'etwa gleich',
  lowerAfterRoutine: 'nach einer Routine {difference} niedriger',
  higherAfterRoutine: 'nach einer Routine {difference} höher',
  trendNeeds:
    'Für einen Trend braucht es in jedem der letzten zwei Zeiträume von {span} Tagen mindestens {min} eingetragene Morgen (bisher: {recent} und {before}).',
  trend:
    'Letzte {span} Tage: Durchschnitt {recent} von {max} ({recentCount} {{recentCount:Morgen|Morgen}}); die {span} Tage davor: {before} ({beforeCount} {{beforeCount:Morgen|Morgen}}): {change}.',
  trendUp: '{change} höher',
  trendDown: '{change} niedriger',
  nudgePersists:
    'Dein Rücken war an {sore} der letzten {of} eingetragenen Morgen schmerzhaft ({soreAt} oder mehr von {max}).',
  nudgeWorsens:
    'Dein durchschnittlicher Schmerz am Morgen ist um {change} gestiegen: {recent} in den letzten {days} Tagen gegenüber {before} in den {days} Tagen davor.',
  rulePersists:
    'Schmerz, der anhält: {soreAt} oder mehr von {max} an mindestens {soreMornings} deiner letzten {persistMornings} eingetragenen Morgen (es zählen nur Morgen aus den letzten {recentDays} Tagen).',
  ruleWorsens:
    'Schmerz, der zunimmt: Dein Durchschnitt der letzten {days} Tage liegt mindestens {worseBy} Punkte über dem der {days} Tage davor, mit jeweils mindestens {min} eingetragenen Morgen.',
  ruleDismiss: 'Wenn du den Vorschlag ausblendest, bleibt er {days} Tage verborgen.',
  ruleAfterRoutine:
    'Ein Morgen zählt als „nach einer Routine“, wenn du am Abend davor eine gemacht hast. Vergleiche und Trends erscheinen, sobald es auf jeder Seite mindestens {min} Morgen gibt.',
  ruleNotDiagnosis:
    'Das sind einfache Regeln, angewandt auf deinen eigenen Verlauf, keine Diagnose. Wenn du dir Sorgen machst, lass dich ärztlich beraten, ganz gleich, was die Zahlen sagen.',
  helpCaveat:
    'Das sind Zusammenhänge in deinem eigenen Verlauf, keine Ursachen: Eine Gewohnheit, die mit besseren Morgen einhergeht, muss nicht der Grund dafür sein.',
  helpRuleSpan:
    'Es zählen nur Morgen, die in den letzten {weeks} Wochen ({days} Tage) eingetragen wurden, einer pro Datum (der neueste Eintrag).',
  helpRuleShown:
    'Eine Gewohnheit erscheint, sobald es mindestens {min} Morgen mit ihr und {min} ohne sie gibt.',
  helpRuleCompare:
    'Jede Zeile vergleicht den durchschnittlichen Schmerz am Morgen nach der Gewohnheit mit dem ohne sie; der größte Unterschied steht oben.',
  helpRuleSources:
    'Routine, Wärme und Kälte stammen aus dem, was du am Abend davor festgehalten hast. Die anderen Gewohnheiten stammen aus deinen Antworten beim Eintragen am Morgen: Ein Morgen, an dem eine Frage offen blieb oder du „Gemischt oder weiß nicht“ gewählt hast, zählt für diese Frage nicht.',
  helpSame:
    'Morgen nach {after} lagen im Schnitt etwa gleich ({with} gegenüber {without} {{Morgen|Morgen}}).',
  helpLower:
    'Morgen nach {after} lagen im Schnitt {difference} niedriger ({with} gegenüber {without} {{Morgen|Morgen}}).',
  helpHigher:
    'Morgen nach {after} lagen im Schnitt {difference} höher ({with} gegenüber {without} {{Morgen|Morgen}}).',
  helpNeeded:
    'Noch nichts zu zeigen: Es braucht noch mindestens {missing} {{Morgen|Morgen}} ({min} mit einer Gewohnheit und {min} ohne, in den letzten {weeks} Wochen).',
  afterRoutine: 'einer Routine',
  afterHeat: 'einer Routine mit Wärme',
  afterCold: 'einer Routine mit Kälte',
  afterNeither: 'einer Nacht ohne Wärme oder Kälte',
  afterSleptOnBack: 'Schlaf auf dem Rücken',
  afterSleptOnSide: 'Schlaf auf der Seite',
  afterSleptOnFront: 'Schlaf auf dem Bauch',
  afterPillowDifferent: 'einem anderen Kissen',
  afterLiftingYes: 'einem Tag mit schwerem Heben oder Sport',
  afterStressHigh: 'einem Tag mit viel Stress',
  afterStressSome: 'einem Tag mit etwas Stress',
  afterStressLow: 'einem Tag mit wenig Stress',
  lastNightNone: 'Letzte Nacht: keine Routine festgehalten.',
  lastNight: 'Letzte Nacht: die Routine {title}.',
  lastNightHeat: 'Letzte Nacht: die Routine {title}, mit Wärme.',
  lastNightCold: 'Letzte Nacht: die Routine {title}, mit Kälte.',
  loosenText: 'Ein schmerzhafter Start in den Tag? {description}',
  loosenButton: 'Die {minutes}-minütige Lockerung am Morgen starten',
} satisfies TranslationOf<typeof en>;
