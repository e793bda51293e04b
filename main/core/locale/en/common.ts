/** Words every window shows: the help button and its dialog. */
export default {
  helpButton: 'When to get help',
  helpTitle: 'When to get help',
  close: 'Close',
  timeHint: 'Like "{own}" or "{other}"',
  timeRefusal: 'Type a time like "{own}" or "{other}"',
} as const;
