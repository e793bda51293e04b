import { getContext, setContext } from 'svelte';
import type { MessageLocale } from '$core/locale/language-setting';
import type { MomentWordsByMoment } from '$core/routine/moments';
import type { SourceWords } from '$core/routine/sources';
import { loadRoutineWords } from '$core/routine/translations/load';
import {
  localizeBreathingPatternLabels,
  localizeDisclaimer,
  localizeMoments,
  localizeOwnStepLabel,
  localizeSourceWords,
} from '$core/routine/translations/localize-words';
import type { RoutineWords } from '$core/routine/translations/routine-texts';
import type { BreathingPatternId } from '$core/routine/types';

const KEY = Symbol('routine-words');

/**
 * The routine content's own words a window shows (the moment words, where advice comes from,
 * "Your exercise", the patterns' names, the disclaimer) in the window's language. Only that
 * language's few words load (a small chunk); the steps themselves come localized in the plan
 * from main, and the help page and the pictures load the whole translation when they open.
 */
export class RoutineWordsState {
  #current = $state.raw<{ readonly locale: MessageLocale; readonly words: RoutineWords | null } | null>(null);
  #wanted: MessageLocale | null = null;

  get ready(): boolean {
    return this.#current !== null;
  }

  get #words(): RoutineWords | null {
    return this.#current?.words ?? null;
  }

  get moments(): MomentWordsByMoment {
    return localizeMoments(this.#words);
  }

  get sources(): SourceWords {
    return localizeSourceWords(this.#words);
  }

  get ownStepLabel(): string {
    return localizeOwnStepLabel(this.#words);
  }

  get disclaimer(): string {
    return localizeDisclaimer(this.#words);
  }

  get breathingPatternLabels(): Readonly<Record<BreathingPatternId, string>> {
    return localizeBreathingPatternLabels(this.#words);
  }

  /** Loads the language's words, then swaps them in at once (a later change may overtake it). */
  async follow(locale: MessageLocale): Promise<void> {
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    const words = await loadRoutineWords(locale);
    if (this.#wanted === locale) this.#current = { locale, words };
  }
}

export function provideRoutineWords(words: RoutineWordsState): void {
  setContext(KEY, words);
}

export function useRoutineWords(): RoutineWordsState {
  const words = getContext<RoutineWordsState | undefined>(KEY);
  if (!words) throw new Error('The routine words were not provided');
  return words;
}
