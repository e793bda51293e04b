/**
 * When to offer the morning check-in, as one pure function of the wall clock, the zone, the
 * setting and the last morning offered. The feature calls it whenever it wakes, so a moved clock,
 * a new zone or a wake from sleep is just a new input.
 */
import { addDays, instantAt, localDateOf } from './local-date';

export interface MorningCheckinSetting {
  readonly enabled: boolean;
  /** Local "HH:MM". */
  readonly time: string;
}

export interface CheckinPlan {
  /** The local date of `now`: the morning an offer now would be for. */
  readonly today: string;
  /** Offer now (the caller still checks that today is not logged yet). */
  readonly offer: boolean;
  /** The next instant the answer can change, or null when the check-in is off. */
  readonly wakeAt: number | null;
}

/** A check-in missed while asleep is still offered on wake until local noon… */
export const LATE_OFFER_UNTIL = '12:00';
/** …or, for a check-in time at or after noon, for this long after it. */
export const LATE_OFFER_MS_AFTER_NOON = 60 * 60 * 1000;

export function planCheckin(
  nowMs: number,
  timeZone: string,
  setting: MorningCheckinSetting,
  lastOfferedDate: string | null,
): CheckinPlan {
  const today = localDateOf(nowMs, timeZone);
  if (!setting.enabled) return { today, offer: false, wakeAt: null };
  const offerAt = instantAt(today, setting.time, timeZone);
  const noon = instantAt(today, LATE_OFFER_UNTIL, timeZone);
  const offerUntil = offerAt < noon ? noon : offerAt + LATE_OFFER_MS_AFTER_NOON;
  const pending = lastOfferedDate !== today;
  const offer = pending && nowMs >= offerAt && nowMs < offerUntil;
  const wakeAt = pending && nowMs < offerAt ? offerAt : instantAt(addDays(today, 1), setting.time, timeZone);
  return { today, offer, wakeAt };
}
