import * as v from 'valibot';
import {
  PROMPT_ACTIONS,
  REMINDER_ACTIONS,
  type PromptAction,
  type ReminderAction,
} from '../reminders/actions';
import type { ReminderPrompt, ReminderSnapshot, UpcomingReminder } from '../reminders/types';
import { scheduleSchema, settingsPatchSchema, type Settings, type SettingsPatch } from '../settings/schema';
import type { SettingsNotice } from '../settings/migrations';
import type { Schedule } from '../schedule';
import type { Plan, BodyArea, StepKind } from '../routine/types';
import type { OwnExercise, PoseChoice } from '../routine/own-exercise';
import { ownExerciseListSchema, ownExerciseSchema, ownStepIdSchema } from '../routine/own-exercise-schema';
import { sessionSummarySchema, type SessionSummaryPayload } from '../history/summary';
import { checkinRequestSchema, type CheckinRequest } from '../history/checkin';
import type { HistoryViewModel } from '../history/view-model';
import type { ReportModel } from '../history/report';
import type { ReportOptions, SaveReportRequest } from '../history/report-options';
import { reportOptionsSchema, saveReportSchema } from '../history/report-schema';
import type { InvokeMethod } from './channels';
import type { RegionalFormat } from '../locale/calendar';
import { VIEWS, type ViewName } from '../shell-ports';
import { PAGE_LOG_LEVELS, PAGE_LOG_MAX_CHARS, type PageLogEntry } from '../page-log';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly runtime: string;
}

export interface SettingsState {
  readonly settings: Settings;
  /** The file on disk is from a newer Unknot: nothing will be saved. */
  readonly readOnly: boolean;
  /** Something to tell the user once (a recovered file, a newer version). */
  readonly notice: SettingsNotice | null;
  /** Said for as long as it holds: the system's time zone is unusable and a fixed offset stands in. */
  readonly timeZoneNotice: string | null;
}

export const EXPORT_KINDS = [
  'settings-json',
  'history-json',
  'history-csv',
  'exercise-pack',
  'backup',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

// Owned by the reminders core; re-exported so the renderer's import of the contract keeps working.
export type { ReminderAction };

export interface EditorStep {
  readonly id: string;
  readonly title: string;
  readonly kind: StepKind;
  readonly bodyArea: BodyArea;
  readonly enabled: boolean;
  readonly durationSec: number;
  readonly minSec: number;
  readonly maxSec: number;
  /** Part of the chosen preset (others can be switched on as extras). */
  readonly inPreset: boolean;
  /** One of the person's own exercises, as they wrote it; null for the catalog's steps. */
  readonly own: OwnExercise | null;
  /** The rig's picture beside its name, if it has one. */
  readonly illustrationId: string | null;
}

/** What the settings window needs to shape the routine, without shipping the catalog to the page. */
export interface RoutineEditorModel {
  readonly presets: ReadonlyArray<{ id: string; title: string; description: string; statedSec: number }>;
  /** Every step in play order: the user's list when they customised, else the preset's. */
  readonly steps: readonly EditorStep[];
  readonly totalSec: number;
  readonly totalText: string;
  readonly warnings: readonly string[];
  /** The figures an exercise of one's own can show. */
  readonly poses: readonly PoseChoice[];
}

/** An exercise of one's own from the settings form: a new one when `id` is null. */
export interface OwnStepRequest {
  readonly id: string | null;
  readonly exercise: OwnExercise;
}

/** What an exercise pack the person picked would add, shown before anything is added. */
export type PackPreview =
  | { readonly kind: 'cancelled' }
  /** Nothing will be imported (a bad file, or nothing new in it); the message says why. */
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly fileName: string;
      /** Everything in the pack, validated; sent back as is to import it. */
      readonly exercises: readonly OwnExercise[];
      /** Titles that will be added. */
      readonly add: readonly string[];
      /** Titles the person already has, which stay as they are. */
      readonly alreadyYours: readonly string[];
    };

export interface ImportOutcome {
  readonly state: SettingsState;
  readonly added: readonly string[];
  readonly alreadyYours: readonly string[];
}

/** What a backup the person picked holds, shown before anything changes. */
export type BackupPreview =
  | { readonly kind: 'cancelled' }
  /** Nothing will be restored (a bad, foreign, truncated or newer file); the message says why. */
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'ready';
      /** Sent back to restore this very file; main keeps the checked backup until then. */
      readonly token: string;
      readonly fileName: string;
      /** "214 mornings, 160 routines, settings from 12 Nov" */
      readonly summary: string;
    };

export interface RestoreOutcome {
  /** What happened, where the safety copy is. */
  readonly message: string;
  readonly safetyCopy: string;
  /** History records appended (those already there were not). */
  readonly added: number;
  readonly state: SettingsState;
}

/** What the routine window needs to run tonight's routine. */
export interface RoutineSetup {
  readonly plan: Plan;
  readonly chimeVolume: number;
  readonly spokenCues: boolean;
}

/** Request and response type of every invoke method. */
export interface InvokeContract {
  getAppInfo: { request: undefined; response: AppInfo };
  /** The system's regional format: how times, dates and weeks are written and typed. */
  getRegionalFormat: { request: undefined; response: RegionalFormat };
  getSettings: { request: undefined; response: SettingsState };
  /** The system's preferred languages (LocalePort): what the "System" language setting follows. */
  getPreferredLanguages: { request: undefined; response: readonly string[] };
  saveSettings: { request: SettingsPatch; response: SettingsState };
  resetSettings: { request: undefined; response: SettingsState };
  dismissSettingsNotice: { request: undefined; response: SettingsState };
  /** The reminder a schedule would give next, for the settings preview (Temporal stays in main). */
  previewNextReminder: { request: { schedule: Schedule }; response: UpcomingReminder | null };
  getReminderState: { request: undefined; response: ReminderSnapshot };
  reminderAction: { request: ReminderAction; response: ReminderSnapshot };
  /** What the gentle prompt says, or null when no reminder is due (the prompt then closes). */
  getPrompt: { request: undefined; response: ReminderPrompt | null };
  /** One of the prompt's three answers; main closes the prompt (and opens the routine for Start). */
  promptAction: { request: PromptAction; response: null };
  /** Tonight's plan from the saved settings (read fresh on every start). */
  getRoutinePlan: { request: undefined; response: RoutineSetup };
  /** The morning loosen-up: the Morning preset as it comes, with the player's saved settings. */
  getMorningPlan: { request: undefined; response: RoutineSetup };
  /** The routine as the settings window edits it (steps in order, bounds, total). */
  getRoutineEditor: { request: undefined; response: RoutineEditorModel };
  /** Adds or changes an exercise of one's own (and its place in the routine). */
  saveOwnStep: { request: OwnStepRequest; response: SettingsState };
  deleteOwnStep: { request: string; response: SettingsState };
  /** Asks which pack to open, reads and checks it; adds nothing. */
  openExercisePack: { request: undefined; response: PackPreview };
  /** Adds the exercises of a previewed pack whose titles are new. */
  importExercises: { request: readonly OwnExercise[]; response: ImportOutcome };
  /** Appends the finished (or ended) session to the history file. */
  recordSession: { request: SessionSummaryPayload; response: { readonly night: string } };
  /** The history view, ready to draw (statistics, chart geometry and texts are made in main). */
  getHistory: { request: undefined; response: HistoryViewModel };
  /** Logs this morning's check-in (a second one the same day replaces the first). */
  logCheckin: { request: CheckinRequest; response: HistoryViewModel };
  /** Hides the check-up suggestion for 14 days. */
  dismissNudge: { request: undefined; response: HistoryViewModel };
  /** The one-page report for these options, ready to lay out (and the paper it is printed on). */
  getReport: { request: ReportOptions; response: ReportModel };
  /** Prints the report to PDF, asks where to save it, and opens it when asked; null when cancelled. */
  saveReport: { request: SaveReportRequest; response: { readonly savedTo: string | null } };
  openDataFolder: { request: undefined; response: null };
  openLogsFolder: { request: undefined; response: null };
  /** A line for the main log (the page's uncaught errors); rate-limited in main. */
  writeLog: { request: PageLogEntry; response: null };
  /** Asks where to save, then writes; `savedTo` is null when the user cancelled. */
  exportData: { request: ExportKind; response: { readonly savedTo: string | null } };
  /** Asks which backup to open, reads and checks it whole, and says what it holds; changes nothing. */
  chooseBackup: { request: undefined; response: BackupPreview };
  /** Restores the backup chosen (by its token): safety copy, then history, then settings. */
  restoreBackup: { request: string; response: RestoreOutcome };
  /** Closes the window showing this view (the page asks; main does it). */
  closeWindow: { request: ViewName; response: null };
}

/** Payload type of every push event. */
export interface EventContract {
  settingsChanged: SettingsState;
  reminderStateChanged: ReminderSnapshot;
  historyChanged: HistoryViewModel;
}

export type RequestOf<M extends InvokeMethod> = InvokeContract[M]['request'];
export type ResponseOf<M extends InvokeMethod> = InvokeContract[M]['response'];

/**
 * The schema every arriving payload must pass before a handler sees it. Keyed by the same names
 * as INVOKE_CHANNELS, so a method without a schema does not compile.
 */
export const REQUEST_SCHEMAS: { readonly [M in InvokeMethod]: v.GenericSchema<unknown, RequestOf<M>> } = {
  getAppInfo: v.undefined(),
  getRegionalFormat: v.undefined(),
  getSettings: v.undefined(),
  getPreferredLanguages: v.undefined(),
  saveSettings: settingsPatchSchema as v.GenericSchema<unknown, SettingsPatch>,
  resetSettings: v.undefined(),
  dismissSettingsNotice: v.undefined(),
  previewNextReminder: v.strictObject({ schedule: scheduleSchema }),
  getReminderState: v.undefined(),
  reminderAction: v.picklist(REMINDER_ACTIONS),
  getPrompt: v.undefined(),
  promptAction: v.picklist(PROMPT_ACTIONS),
  getRoutinePlan: v.undefined(),
  getMorningPlan: v.undefined(),
  getRoutineEditor: v.undefined(),
  saveOwnStep: v.strictObject({ id: v.nullable(ownStepIdSchema), exercise: ownExerciseSchema }),
  deleteOwnStep: ownStepIdSchema,
  openExercisePack: v.undefined(),
  importExercises: ownExerciseListSchema,
  recordSession: sessionSummarySchema,
  getHistory: v.undefined(),
  logCheckin: checkinRequestSchema,
  dismissNudge: v.undefined(),
  getReport: reportOptionsSchema,
  saveReport: saveReportSchema,
  openDataFolder: v.undefined(),
  openLogsFolder: v.undefined(),
  writeLog: v.strictObject({
    level: v.picklist(PAGE_LOG_LEVELS),
    message: v.pipe(v.string(), v.maxLength(PAGE_LOG_MAX_CHARS)),
  }),
  exportData: v.picklist(EXPORT_KINDS),
  chooseBackup: v.undefined(),
  restoreBackup: v.pipe(v.string(), v.uuid()),
  closeWindow: v.picklist(VIEWS),
};
