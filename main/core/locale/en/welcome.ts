/** The first-run welcome's words. */
export default {
  title: 'Welcome to Unknot',
  lead: 'Unknot waits in your tray and reminds you when bedtime comes near. Then it walks you through a few minutes of gentle stretches for the upper back, neck and shoulders, optional heat or cold, and slow breathing, and helps you settle into a good sleeping position.',
  noTray:
    'No tray icon on your desktop? On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension shows it. Without it Unknot still works: reminders come as notifications, and your app launcher’s menu for Unknot (right-click its icon) offers Start routine, Settings, History and Log this morning.',
  bedtimes: 'Your bedtimes',
  weeknights: 'Sunday to Thursday nights',
  weekendNights: 'Friday and Saturday nights',
  laterInSettings: 'You can set each night separately later, in Settings.',
  startAtLogin: 'Start Unknot when I log in, so reminders keep working',
  skip: 'Skip for now',
  start: 'Start using Unknot',
} as const;
