/**
 * What a translation of the routine's content holds, derived from the English as written: a
 * step, preset, pattern, help section or pose the English has and a translation lacks (or one it
 * invents) does not compile, and neither does a list of cues or cautions of another length.
 * Only words live here: ids, sources, bounds and structure always come from the English.
 */
import type { TranslatedLanguage } from '../../locale/language';
import type { TranslatedMessages } from '../../locale/messages';
import type { CATALOG_STEPS } from '../catalog';
import type { HelpAsWritten } from '../help';
import type { MomentWordsByMoment } from '../moments';
import type { OWN_EXERCISE_MESSAGES } from '../own-exercise';
import type { PlanMessages } from '../plan-messages';
import type { PoseId } from '../pose-ids';
import type { SafetyAsWritten } from '../safety';
import type { SourceWords } from '../sources';
import type { BreathingPatternId, PresetId, RatingPrompt } from '../types';
import type { GlossaryTerms } from './glossary';

/** A sentence where the English has one, null where it has none. */
type TextOf<T> = T extends string ? string : T extends null ? null : never;
/** One text per English item, in the same order: a tuple stays a tuple of the same length. */
type TextsOf<T extends readonly unknown[]> = { readonly [K in keyof T]: string };

type EnglishStep = (typeof CATALOG_STEPS)[number];

export type RatingTexts = Readonly<Omit<RatingPrompt, 'moment'>>;
export interface HeatColdMethodTexts {
  readonly heat: string;
  readonly cold: string;
}

type StepTextsOf<S extends EnglishStep> = {
  readonly title: string;
  readonly halfTimeCue: TextOf<S['halfTimeCue']>;
  readonly cues: TextsOf<S['cues']>;
  readonly cautions: TextsOf<S['cautions']>;
  readonly rating: S['rating'] extends null ? null : RatingTexts;
} & (S extends { readonly methods: unknown } ? { readonly methods: HeatColdMethodTexts } : unknown);

export type StepTexts = { readonly [S in EnglishStep as S['id']]: StepTextsOf<S> };

/** Any one step's words, read by id where the compiler no longer knows which step it is. */
export interface AnyStepTexts {
  readonly title: string;
  readonly halfTimeCue: string | null;
  readonly cues: readonly string[];
  readonly cautions: readonly string[];
  readonly rating: RatingTexts | null;
  readonly methods?: HeatColdMethodTexts;
}

type HelpSectionAsWritten = HelpAsWritten['sections'][number];
export interface HelpTexts {
  readonly sections: {
    readonly [Sec in HelpSectionAsWritten as Sec['id']]: {
      readonly title: string;
      readonly intro: TextOf<Sec['intro']>;
      readonly items: TextsOf<Sec['items']>;
    };
  };
}

export type SafetyTexts = { readonly [K in keyof SafetyAsWritten]: TextsOf<SafetyAsWritten[K]> };

export interface PresetTexts {
  readonly title: string;
  readonly description: string;
}

export interface PoseTexts {
  /** What the figure shows, for screen readers and the picture chooser. */
  readonly alt: string;
  /** The crossed-out picture's description; null when the pose has none. */
  readonly avoid: string | null;
}

/** The own-exercise form's messages: the same keys, each function taking the same values. */
export type OwnExerciseMessages = TranslatedMessages<typeof OWN_EXERCISE_MESSAGES>;

/**
 * The few words a window shows before any step's own text (the start and summary screens, source
 * captions, the own-exercise label, the patterns' names, the disclaimer): a module of their own
 * per language (<lang>-words.ts), which the whole translation includes.
 */
export interface RoutineWords {
  readonly disclaimer: string;
  readonly moments: MomentWordsByMoment;
  readonly sources: SourceWords;
  /** How an exercise of the person's own is labelled ("Your exercise"). */
  readonly ownStepLabel: string;
  readonly breathingPatterns: Readonly<Record<BreathingPatternId, string>>;
}

/** The pictures' words: a module of their own per language (<lang>-figure.ts), loaded with the figure. */
export interface FigureWords {
  /** Which side a two-sided picture shows. */
  readonly sideWords: { readonly first: string; readonly second: string };
  readonly poses: Readonly<Record<PoseId, PoseTexts>>;
}

/** Everything the routine's content says, in one language other than English. */
export interface RoutineTranslation extends RoutineWords, FigureWords {
  readonly language: TranslatedLanguage;
  readonly terms: GlossaryTerms;
  readonly steps: StepTexts;
  readonly presets: Readonly<Record<PresetId, PresetTexts>>;
  readonly safety: SafetyTexts;
  readonly help: HelpTexts;
  readonly planMessages: PlanMessages;
  readonly ownExerciseMessages: OwnExerciseMessages;
}
