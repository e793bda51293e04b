/**
 * Every IPC channel name, written once. The preload imports only this file (no schemas, so the
 * sandboxed preload bundle stays tiny); main and the renderer derive everything else from it.
 */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  getRegionalFormat: 'app:get-regional-format',
  getSettings: 'settings:get',
  getPreferredLanguages: 'locale:get-preferred-languages',
  saveSettings: 'settings:save',
  resetSettings: 'settings:reset',
  dismissSettingsNotice: 'settings:dismiss-notice',
  previewNextReminder: 'reminders:preview-next',
  getReminderState: 'reminders:get-state',
  reminderAction: 'reminders:action',
  getPrompt: 'reminders:get-prompt',
  promptAction: 'reminders:prompt-action',
  getRoutinePlan: 'routine:get-plan',
  getMorningPlan: 'routine:get-morning-plan',
  getRoutineEditor: 'routine:get-editor',
  saveOwnStep: 'routine:save-own-step',
  deleteOwnStep: 'routine:delete-own-step',
  openExercisePack: 'routine:open-exercise-pack',
  importExercises: 'routine:import-exercises',
  recordSession: 'history:record-session',
  getHistory: 'history:get',
  logCheckin: 'history:log-checkin',
  dismissNudge: 'history:dismiss-nudge',
  getReport: 'report:get',
  saveReport: 'report:save',
  openDataFolder: 'data:open-folder',
  openLogsFolder: 'data:open-logs-folder',
  writeLog: 'log:write',
  exportData: 'data:export',
  chooseBackup: 'data:choose-backup',
  restoreBackup: 'data:restore-backup',
  closeWindow: 'window:close',
} as const;

/** Main -> renderer push events. */
export const EVENT_CHANNELS = {
  settingsChanged: 'settings:changed',
  reminderStateChanged: 'reminders:state-changed',
  historyChanged: 'history:changed',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
