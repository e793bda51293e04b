/**
 * Main refuses a setting with an English message (schema.ts: one owner, the same for every check).
 * The ones a person can reach from the Settings form are shown in the window's language: the window
 * recognises the message and words it again from its catalog, with the same bound. Messages only a
 * hand-made request can cause (an unknown key, a step id, a choice outside the list) stay English.
 */
import { SETTINGS_MESSAGES } from './schema';
import {
  BREATHING_SEC_RANGE,
  CHIME_VOLUME_RANGE,
  HEADS_UP_MINUTES_RANGE,
  LATE_WINDOW_MINUTES_RANGE,
  LEAD_MINUTES_RANGE,
  SNOOZE_MINUTES_RANGE,
  STEP_DURATION_RANGE,
  type Range,
} from './vocabulary';

/** The catalog's words for them (the settings namespace's issue* messages). */
export interface SettingsIssueWords {
  issueMinutes(range: Range): string;
  issueSeconds(range: Range): string;
  issueVolume(range: Range): string;
  issueBedtime(): string;
  issueMorningTime(): string;
}

type Reword = (words: SettingsIssueWords) => string;

const REWORDED: ReadonlyMap<string, Reword> = new Map<string, Reword>([
  [SETTINGS_MESSAGES.bedtime, (w) => w.issueBedtime()],
  [SETTINGS_MESSAGES.morningTime, (w) => w.issueMorningTime()],
  [SETTINGS_MESSAGES.leadMinutes, (w) => w.issueMinutes(LEAD_MINUTES_RANGE)],
  [SETTINGS_MESSAGES.snoozeMinutes, (w) => w.issueMinutes(SNOOZE_MINUTES_RANGE)],
  [SETTINGS_MESSAGES.lateWindowMinutes, (w) => w.issueMinutes(LATE_WINDOW_MINUTES_RANGE)],
  [SETTINGS_MESSAGES.headsUpMinutes, (w) => w.issueMinutes(HEADS_UP_MINUTES_RANGE)],
  [SETTINGS_MESSAGES.stepDuration, (w) => w.issueSeconds(STEP_DURATION_RANGE)],
  [SETTINGS_MESSAGES.breathingSec, (w) => w.issueSeconds(BREATHING_SEC_RANGE)],
  [SETTINGS_MESSAGES.chimeVolume, (w) => w.issueVolume(CHIME_VOLUME_RANGE)],
]);

/** `message` in the catalog's language when it is one a person can reach, else as main wrote it. */
export function rewordSettingsIssue(message: string, words: SettingsIssueWords): string {
  return REWORDED.get(message)?.(words) ?? message;
}

/** Every message reworded (a test checks the English catalog words each exactly as main does). */
export const REWORDED_MESSAGES: readonly string[] = [...REWORDED.keys()];
