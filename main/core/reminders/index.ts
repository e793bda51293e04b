export { createReminderEngine, type ReminderEngine, type ReminderEngineDeps } from './engine';
export { evaluate, type Evaluation } from './evaluate';
export { initialReminderState, parseReminderState, type PersistedReminderState } from './persisted-state';
export * from './types';
