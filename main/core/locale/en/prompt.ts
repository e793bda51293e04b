/** The gentle prompt's words (the small window a due reminder opens). */
export default {
  title: 'Time to unwind',
  body: 'Your {minutes}-minute routine is ready.',
  start: 'Start now',
  snooze: '{minutes} more minutes',
  skip: 'Skip tonight',
} as const;
