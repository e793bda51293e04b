/**
 * The routine player: drives the pure session engine from the page. One timeout is armed for the
 * engine's next boundary (step end, half time, breath phase, whole minute) and, only while the
 * page is visible and the routine runs, requestAnimationFrame moves the ring and the figure
 * smoothly (with reduced motion, nothing glides: the timer steps the numbers once a second). Every
 * number on screen comes from session.view(Date.now()), so a window hidden for an hour shows
 * exactly what a watched one would.
 */
import { prefersReducedMotion } from 'svelte/motion';
import type { RoutineSetup } from '$core/ipc/contract';
import type { BreathPhase } from '$core/routine/types';
import type { IpcResult } from '$core/ipc/result';
import type { SessionSummaryPayload } from '$core/history/summary';
import { messagesFor, minuteToAnnounce, minutesLeftText, type RoutineWords } from '../lib/announce';
import { chimeFor } from '../lib/chime';
import { spokenCue, spokenPhase } from '../lib/speech';
import {
  createSession,
  type Session,
  type SessionEvent,
  type SessionSummary,
  type SessionView,
} from '../lib/session';
import type { RoutineCues } from './routine-sound';

export interface RoutinePlayerApi {
  getRoutinePlan(): Promise<IpcResult<RoutineSetup>>;
  recordSession(summary: SessionSummaryPayload): Promise<IpcResult<{ readonly night: string }>>;
  closeWindow(view: 'routine'): Promise<IpcResult<null>>;
}

export type RoutineScreen = 'loading' | 'unavailable' | 'start' | 'step' | 'summary';

export type RecordState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly message: string };

export interface Announcement {
  readonly id: number;
  readonly text: string;
}

/** Enough for a screen reader to catch up; older messages only clutter the region. */
const KEEP_ANNOUNCEMENTS = 3;

export class RoutinePlayer {
  setup = $state.raw<RoutineSetup | null>(null);
  loadError = $state<string | null>(null);
  /** The instant the screen shows. */
  now = $state(0);
  announcements = $state.raw<readonly Announcement[]>([]);
  ratingBefore = $state<number | null>(null);
  ratingAfter = $state<number | null>(null);
  summary = $state.raw<SessionSummary | null>(null);
  record = $state.raw<RecordState | null>(null);

  #session = $state.raw<Session | null>(null);
  /** Bumped by every command: the view must change even when the clock has not moved. */
  #revision = $state(0);

  readonly view: SessionView | null = $derived.by(() => {
    void this.#revision;
    return this.#session?.view(this.now) ?? null;
  });

  readonly screen: RoutineScreen = $derived.by(() => {
    if (this.setup === null) return this.loadError === null ? 'loading' : 'unavailable';
    const status = this.view?.status ?? 'idle';
    if (status === 'idle') return 'start';
    return status === 'running' || status === 'paused' ? 'step' : 'summary';
  });

  readonly #api: RoutinePlayerApi;
  readonly #cues: RoutineCues;
  readonly #clock: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  #loadSeq = 0;
  #appliedSeq = 0;
  /** Events already handled: a count, not a time, because a paused clock gives equal times. */
  #seen = 0;
  #lastStep = -1;
  #lastRemaining = Infinity;
  #lastPhase: BreathPhase | null = null;
  #nextId = 0;

  /** The window's routine messages, read when something is said (the language can change). */
  readonly #words: () => RoutineWords;

  constructor(
    api: RoutinePlayerApi,
    cues: RoutineCues,
    words: () => RoutineWords,
    clock: () => number = () => Date.now(),
  ) {
    this.#api = api;
    this.#cues = cues;
    this.#words = words;
    this.#clock = clock;
    this.now = clock();
  }

  /** Tonight's plan, fresh from the saved settings; ignored once the routine has started. */
  async load(): Promise<void> {
    if (this.#session !== null) return;
    const seq = ++this.#loadSeq;
    try {
      const result = await this.#api.getRoutinePlan();
      // Show the first answer at once (the start screen must not wait for a second round trip);
      // an answer older than one already shown, or one arriving after Start, is dropped.
      if (seq < this.#appliedSeq || this.#session !== null) return;
      this.#appliedSeq = seq;
      if (result.ok) {
        this.setup = result.value;
        this.loadError = null;
      } else {
        this.loadError = result.error.message;
      }
    } catch (error) {
      if (seq >= this.#appliedSeq) this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  /** Starts following visibility; returns the cleanup. */
  connect(): () => void {
    const onVisibility = (): void => this.#tick();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(this.#timer);
      cancelAnimationFrame(this.#frame);
      this.#cues.dispose();
    };
  }

  start(): void {
    const setup = this.setup;
    if (setup === null || this.#session !== null) return;
    // The routine starts at the click: read the clock before anything slow. Creating the audio
    // context (still inside the user's gesture, as autoplay rules want) can take a few hundred ms.
    const session = createSession(setup.plan, { now: this.#clock });
    this.#session = session;
    session.start();
    this.#cues.configure(setup);
    this.#cues.unlock();
    this.#tick();
  }

  togglePause(): void {
    // Asks the engine at this instant: the last frame may be a few milliseconds behind it.
    const view = this.#session?.view(this.#clock());
    if (view?.status === 'running') this.#command((s) => s.pause(), this.#words().paused());
    else if (view?.status === 'paused' && view.awaiting === null)
      this.#command((s) => s.resume(), this.#words().resumed());
  }

  next = (): void => this.#command((s) => s.next());
  back = (): void => this.#command((s) => s.back());
  restartStep = (): void => this.#command((s) => s.restartStep());
  end = (): void => this.#command((s) => s.end());

  close = (): void => void this.#api.closeWindow('routine');
  /** Heat or cold: confirms the safety notes, with the choice when it was 'ask'. */
  confirm = (choice?: 'heat' | 'cold'): void => this.#command((s) => s.confirm(choice));

  rate(moment: 'before' | 'after', value: number): void {
    const session = this.#session;
    if (session === null) return;
    if (moment === 'before' && session.setRatingBefore(value)) this.ratingBefore = value;
    if (moment === 'after' && session.setRatingAfter(value)) this.ratingAfter = value;
  }

  /** Sends the summary to the history; also the Retry after a failure. */
  async save(): Promise<void> {
    const summary = this.summary;
    if (summary === null || this.record?.kind === 'saving') return;
    this.record = { kind: 'saving' };
    try {
      const result = await this.#api.recordSession(summary);
      this.record = result.ok ? { kind: 'saved' } : { kind: 'failed', message: result.error.message };
    } catch (error) {
      this.record = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  #command(act: (session: Session) => boolean, message?: string): void {
    const session = this.#session;
    if (session === null || !act(session)) return;
    if (message !== undefined) this.#announce([message]);
    this.#tick();
  }

  /** Reads the engine at the current instant, reacts to what happened, re-arms the one timer. */
  #tick = (): void => {
    const session = this.#session;
    if (session === null) return;
    const now = this.#clock();
    const all = session.events(-Infinity, now);
    const fresh = all.slice(this.#seen);
    this.#seen = all.length;
    const view = session.view(now);
    this.now = now;
    this.#revision += 1;
    this.#react(session, fresh, view);
    clearTimeout(this.#timer);
    const due = [session.nextBoundary(now), this.#nextSecond(view, now)].filter((at) => at !== null);
    if (due.length > 0) this.#timer = setTimeout(this.#tick, Math.max(0, Math.min(...due) - this.#clock()));
    this.#animate(view);
    if ((view.status === 'finished' || view.status === 'ended') && this.summary === null) {
      this.summary = session.summary(now);
      void this.save();
    }
  };

  #react(session: Session, fresh: readonly SessionEvent[], view: SessionView): void {
    const steps = session.plan.steps;
    const t = this.#words();
    const messages = messagesFor(fresh, steps, t);
    const running = view.status === 'running';
    const sameStep = view.stepIndex === this.#lastStep && !fresh.some((e) => e.type === 'step-changed');
    const minute = running && sameStep ? minuteToAnnounce(this.#lastRemaining, view.stepRemainingMs) : null;
    if (minute !== null) messages.push(minutesLeftText(minute, t));
    this.#announce(messages);

    const chime = chimeFor(fresh);
    if (chime !== null) this.#cues.chime(chime);
    const phase = running && view.breathing !== null ? view.breathing.phase : null;
    const cue = spokenCue(fresh, steps, t);
    if (cue !== null) this.#cues.say(cue);
    else if (phase !== null && sameStep && phase !== this.#lastPhase)
      this.#cues.say(spokenPhase(phase, t), false);

    this.#lastStep = view.stepIndex;
    this.#lastRemaining = view.stepRemainingMs;
    this.#lastPhase = phase;
  }

  #announce(texts: readonly string[]): void {
    if (texts.length === 0) return;
    const added = texts.map((text) => ({ id: ++this.#nextId, text }));
    this.announcements = [...this.announcements, ...added].slice(-KEEP_ANNOUNCEMENTS);
  }

  /** Shown and in motion: the only time frames (or, with reduced motion, per-second steps) are due. */
  #moving(view: SessionView): boolean {
    return view.status === 'running' && document.visibilityState === 'visible';
  }

  /** With reduced motion there are no frames: the next instant the seconds shown change instead. */
  #nextSecond(view: SessionView, now: number): number | null {
    if (!prefersReducedMotion.current || !this.#moving(view)) return null;
    return now + (view.stepRemainingMs % 1000 || 1000);
  }

  /** Frames only while they show something moving: running, the page visible, motion welcome. */
  #animate(view: SessionView): void {
    cancelAnimationFrame(this.#frame);
    if (!this.#moving(view) || prefersReducedMotion.current) return;
    const frame = (): void => {
      // Reduced motion switched on mid-step: hand over to the once-a-second timer.
      if (prefersReducedMotion.current) return this.#tick();
      this.now = this.#clock();
      this.#frame = requestAnimationFrame(frame);
    };
    this.#frame = requestAnimationFrame(frame);
  }
}
