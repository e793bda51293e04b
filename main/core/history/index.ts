export * from './records';
export * from './parse';
export { readHistoryRecord } from './read-record';
export { historyToCsv } from './export';
