import { powerMonitor } from 'electron';
import { AWAY_AFTER_IDLE_SEC, presenceOf } from '../core/reminders/presence';
import type { PresencePort } from '../core/shell-ports';

/** Asked when the reminder engine evaluates; core decides what idle or locked means for it. */
export function createPresence(): PresencePort {
  return { current: () => presenceOf(powerMonitor.getSystemIdleState(AWAY_AFTER_IDLE_SEC)) };
}
