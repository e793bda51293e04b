/**
 * Every message a person can see when a setting is rejected, in one place so the wording stays
 * consistent between the settings form (renderer) and main's re-validation, and so tests can
 * assert exact text.
 */
export const SETTINGS_MESSAGES = {
  bedtime: 'Use a time like 22:30',
  morningTime: 'Use a time like 08:00',
  nightEnabled: 'Choose whether this night has a reminder (on or off)',
  night: 'Each night needs an on/off switch and a bedtime',
  leadMinutes: 'Use a whole number of minutes from 0 to 180',
  snoozeMinutes: 'Use a whole number of minutes from 5 to 60',
  lateWindowMinutes: 'Use a whole number of minutes from 0 to 240',
  morningEnabled: 'Choose whether to ask how your back feels in the morning (on or off)',
  preset: 'Choose quick, standard or full',
  stepId: 'Step names use 1 to 40 lowercase letters, digits or dashes',
  stepEnabled: 'Choose whether this step is included (on or off)',
  stepDuration: 'Use a whole number of seconds from 10 to 1200',
  steps: 'Steps must be a list',
  tooManySteps: 'Use at most 30 steps',
  duplicateStep: (id: string): string => `The step "${id}" appears more than once`,
  heatCold: 'Choose heat, cold, ask or skip',
  breathingPattern: 'Choose relaxed, 4-7-8 or box',
  breathingSec: 'Use a whole number of seconds from 60 to 600',
  chimeVolume: 'Use a volume from 0 to 1',
  spokenCues: 'Choose whether cues are spoken aloud (on or off)',
  startAtLogin: 'Choose whether Unknot starts when you log in (on or off)',
  theme: 'Choose system, dark or light',
  firstRunDone: 'Must be true or false',
  version: 'This settings format is not supported',
  group: 'Expected a group of settings here',
  missing: 'This setting is missing',
  unknownKey: (key: string): string => `"${key}" is not a setting Unknot knows`,
  patch: 'Expected an object of settings changes',
} as const;
