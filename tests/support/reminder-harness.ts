/** An engine wired to fake time, an in-memory store and a recording logger. */
import type { JsonDocumentStore, Logger } from '../../main/core/ports';
import { createReminderEngine, type ReminderEngine } from '../../main/core/reminders/engine';
import {
  DEFAULT_REMINDER_SETTINGS,
  type DueReminder,
  type Nudge,
  type ReminderSettings,
  type ReminderSnapshot,
} from '../../main/core/reminders/types';
import type { Presence } from '../../main/core/reminders/presence';
import { createFakeTime, type FakeTime } from './fake-time';

export interface MemoryStore extends JsonDocumentStore {
  /** What a fresh load would return (a deep copy, as a file would give). */
  readonly document: unknown;
  readonly saveCount: number;
  failLoads: boolean;
  failSaves: boolean;
}

export function createMemoryStore(initial: unknown = null): MemoryStore {
  let text = initial === null ? null : JSON.stringify(initial);
  let saveCount = 0;
  const store = {
    failLoads: false,
    failSaves: false,
    get document(): unknown {
      return text === null ? null : JSON.parse(text);
    },
    get saveCount() {
      return saveCount;
    },
    async load(): Promise<unknown> {
      if (store.failLoads) throw new Error('EIO: disk on fire');
      return store.document;
    },
    async save(value: unknown): Promise<void> {
      if (store.failSaves) throw new Error('ENOSPC: disk full');
      text = JSON.stringify(value);
      saveCount += 1;
    },
  };
  return store;
}

export interface RecordingLogger extends Logger {
  readonly lines: Array<{ level: 'info' | 'warn' | 'error'; message: string; detail: unknown }>;
}

export function createRecordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (message, detail) => lines.push({ level: 'info', message, detail }),
    warn: (message, detail) => lines.push({ level: 'warn', message, detail }),
    error: (message, detail) => lines.push({ level: 'error', message, detail }),
  };
}

export interface Delivery extends DueReminder {
  /** When onDue was called. */
  readonly shownAt: number;
}

export interface Rig {
  readonly time: FakeTime;
  readonly store: MemoryStore;
  readonly logger: RecordingLogger;
  readonly engine: ReminderEngine;
  /** What the engine's presence port answers; a test sets it to be away. */
  presence: Presence;
  readonly deliveries: Delivery[];
  readonly changes: ReminderSnapshot[];
  /** Heads-ups and follow-ups, each with when onNudge was called. */
  readonly nudges: Array<Nudge & { readonly shownAt: number }>;
  /** A new engine on the same clock and store, as after an app restart. */
  restart(): Promise<Rig>;
}

export interface RigOptions {
  start: string | number;
  zone: string;
  settings?: Partial<ReminderSettings>;
  store?: MemoryStore;
  time?: FakeTime;
  onDue?: (due: DueReminder, rig: Rig) => void;
  /** At the desk from the start unless said otherwise. */
  presence?: Presence;
}

export async function createRig(options: RigOptions): Promise<Rig> {
  const start = typeof options.start === 'number' ? options.start : Date.parse(options.start);
  const time = options.time ?? createFakeTime(start, options.zone);
  const store = options.store ?? createMemoryStore();
  const logger = createRecordingLogger();
  const deliveries: Delivery[] = [];
  const changes: ReminderSnapshot[] = [];
  const nudges: Rig['nudges'] = [];
  const rig: Rig = {
    time,
    store,
    logger,
    deliveries,
    changes,
    nudges,
    presence: options.presence ?? 'present',
    engine: createReminderEngine({
      clock: time.clock,
      timers: time.timers,
      store,
      logger,
      presence: () => rig.presence,
      onChange: (snapshot) => changes.push(snapshot),
      onDue: (due) => {
        deliveries.push({ ...due, shownAt: time.clock.now() });
        options.onDue?.(due, rig);
      },
      onNudge: (nudge) => nudges.push({ ...nudge, shownAt: time.clock.now() }),
    }),
    async restart() {
      rig.engine.dispose();
      await rig.engine.flush();
      return createRig({ ...options, time, store, presence: rig.presence });
    },
  };
  rig.engine.updateSettings({ ...DEFAULT_REMINDER_SETTINGS, ...options.settings });
  await rig.engine.start();
  return rig;
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const at = (text: string) => Date.parse(text);
