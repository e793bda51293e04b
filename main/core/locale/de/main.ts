import type en from '../en/main';
import type { TranslationOf } from '../messages';

export default {
  trayStartRoutine: 'Routine jetzt starten',
  traySnooze: '{minutes} Min. später',
  traySkipTonight: 'Heute Abend auslassen',
  trayResume: 'Erinnerungen fortsetzen',
  trayPause: 'Erinnerungen pausieren',
  trayPauseHour: 'Für 1 Stunde',
  trayPauseMorning: 'Bis morgen früh',
  trayPauseIndefinite: 'Bis ich sie fortsetze',
  trayLogMorning: 'Heute Morgen eintragen…',
  trayHistory: 'Verlauf…',
  traySettings: 'Einstellungen…',
  trayQuit: 'Beenden',
  trayMissed: 'Du warst bei der Erinnerung am {weekday} nicht da',
  tooltipDue: 'Unknot — Zeit zum Entspannen',
  tooltipPausedIndefinite: 'Unknot — Pausiert, bis du fortsetzt',
  tooltipPausedUntil: 'Unknot — Pausiert bis {time}',
  tooltipNext: 'Unknot — Nächste Erinnerung: {time}',
  tooltipMissedNext: 'Unknot — {missed} · Nächste Erinnerung: {time}',
  tooltipNoBedtime: 'Unknot — Keine Schlafenszeit eingestellt',
  reminderTitle: 'Zeit zum Entspannen',
  reminderBody: 'Deine {minutes}-Minuten-Routine ist bereit.',
  reminderStart: 'Starten',
  reminderSnooze: '{minutes} Minuten später',
  followUpTitle: 'Schlafenszeit',
  followUpBody: 'Deine {minutes}-Minuten-Routine wartet noch auf dich, wann immer du so weit bist.',
  headsUpTitle: 'Bald ist Schlafenszeit',
  headsUpBody: 'Deine Abendroutine beginnt in {minutes} {{Minute|Minuten}}.',
  checkinTitle: 'Guten Morgen',
  checkinBody: 'Wie fühlt sich dein oberer Rücken heute Morgen an?',
  startupSettingsFailed:
    'Unknot konnte deine Einstellungen nicht laden; es läuft mit dem weiter, was es hat.',
  startupRemindersFailed:
    'Unknot konnte die Erinnerungen nicht starten; es läuft mit dem weiter, was es hat.',
  startupCheckinFailed: 'Unknot konnte die Morgenabfrage nicht starten; es läuft mit dem weiter, was es hat.',
  updateUpToDateTitle: 'Unknot ist auf dem neuesten Stand',
  updateUpToDateBody: 'Du hast die neueste Version.',
  updateAfterRoutineTitle: 'Das Update wartet auf deine Routine',
  updateAfterRoutineBody:
    'Schließ die Routine ab oder beende sie, dann wähle „Neu starten und aktualisieren“ in der Taskleiste.',
  trayRestartToUpdate: 'Neu starten und auf {version} aktualisieren',
  trayCheckingUpdates: 'Suche nach Updates…',
  trayCheckForUpdates: 'Nach Updates suchen…',
  csvHeader:
    'art,nacht_oder_datum,begonnen_um,beendet_um,vorlage,abgeschlossen,schritte_erledigt,schritte_ausgelassen,bewertung_vorher,bewertung_nachher,waerme_oder_kaelte,eintrag_um,schmerz,notiz,geschlafen_auf,kissen,heben_oder_sport,stress',
} satisfies TranslationOf<typeof en>;
