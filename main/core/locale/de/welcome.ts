import type en from '../en/welcome';
import type { TranslationOf } from '../messages';

export default {
  title: 'Willkommen bei Unknot',
  lead: 'Unknot wartet in deiner Taskleiste und erinnert dich, wenn die Schlafenszeit näher rückt. Dann führt es dich durch ein paar Minuten sanfter Dehnungen für den oberen Rücken, den Nacken und die Schultern, auf Wunsch Wärme oder Kälte und ruhiges Atmen, und hilft dir, eine gute Schlafposition zu finden.',
  noTray:
    'Kein Symbol in der Taskleiste? Unter GNOME zeigt es die Erweiterung „AppIndicator and KStatusNotifierItem Support“. Auch ohne sie funktioniert Unknot: Erinnerungen kommen als Benachrichtigungen, und das Menü von Unknot in deinem App-Starter (Rechtsklick auf das Symbol) bietet Start routine, Settings, History und Log this morning.',
  bedtimes: 'Deine Schlafenszeiten',
  weeknights: 'Sonntag- bis Donnerstagnacht',
  weekendNights: 'Freitag- und Samstagnacht',
  laterInSettings: 'Jede Nacht einzeln kannst du später in den Einstellungen festlegen.',
  startAtLogin: 'Unknot beim Anmelden starten, damit die Erinnerungen funktionieren',
  skip: 'Erst mal überspringen',
  start: 'Unknot verwenden',
} satisfies TranslationOf<typeof en>;
