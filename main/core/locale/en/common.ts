/** Words every window shows: the help button and its dialog. */
export default {
  helpButton: 'When to get help',
  helpTitle: 'When to get help',
  close: 'Close',
} as const;
