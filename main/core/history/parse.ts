import { readHistoryRecord } from './read-record';
import { READABLE_RECORD_VERSIONS, type HistoryRecord } from './records';

/** Cheaper than trim() per line: no copy of every line just to find the blank ones. */
const BLANK = /^\s*$/;

export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface ParsedHistory {
  records: HistoryRecord[];
  skipped: SkippedLine[];
}

/**
 * Parse history.jsonl. A damaged line (a crash mid-append, a hand edit, a disk error) is skipped
 * and reported; it never costs the other records. Blank lines are ignored silently: they carry
 * no data (the file ends with one, and a repair after a truncated line can leave one).
 */
export function parseHistory(text: string): ParsedHistory {
  const records: HistoryRecord[] = [];
  const skipped: SkippedLine[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (BLANK.test(line)) continue;
    const outcome = parseLine(line);
    if (typeof outcome === 'string') skipped.push({ line: index + 1, reason: outcome });
    else records.push(outcome);
  }
  return { records, skipped };
}

function parseLine(line: string): HistoryRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON (truncated or damaged)';
  }
  return readStoredRecord(value);
}

/** One stored record, already parsed (a line's JSON, an entry of a backup), or why it is not one. */
export function readStoredRecord(value: unknown): HistoryRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not a JSON object';
  }
  const record = value as Record<string, unknown>;
  const version = record['v'];
  if (typeof version !== 'number' || !READABLE_RECORD_VERSIONS.includes(version)) {
    return `unsupported record version ${JSON.stringify(record['v']) ?? 'undefined'}`;
  }
  return readHistoryRecord(record);
}
